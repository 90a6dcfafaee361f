import { z } from 'zod';
import { ControlOwnerRoleSchema, ControlStatusValueSchema } from './control-status';

export const ControlCheckCountsSchema = z.object({ passing: z.number().int(), failing: z.number().int() });

/** One row of `GET /orgs/{orgId}/controls`. */
export const ControlSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  status: ControlStatusValueSchema,
  ownerUserId: z.uuid().nullable(),
  defaultOwnerRole: ControlOwnerRoleSchema,
  criteria: z.array(z.string()),
  checks: ControlCheckCountsSchema,
  evaluatedAt: z.iso.datetime().nullable(),
});
export type ControlSummary = z.infer<typeof ControlSummarySchema>;

export const ControlListSchema = z.object({
  items: z.array(ControlSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ControlList = z.infer<typeof ControlListSchema>;
