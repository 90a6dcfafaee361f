import { z } from 'zod';
import { ControlCheckCountsSchema } from './control-summary';
import { ControlOwnerRoleSchema, ControlStatusValueSchema } from './control-status';

/** `GET /orgs/{orgId}/controls/{controlId}`: the catalog control with this organization's status. */
export const ControlDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  testProcedure: z.string(),
  frequency: z.string(),
  category: z.string(),
  defaultOwnerRole: ControlOwnerRoleSchema,
  status: ControlStatusValueSchema,
  ownerUserId: z.uuid().nullable(),
  applicabilityReason: z.string().nullable(),
  notes: z.string().nullable(),
  checks: ControlCheckCountsSchema,
  evaluatedAt: z.iso.datetime().nullable(),
  criteria: z.array(z.object({ id: z.string(), title: z.string(), rationale: z.string() })),
});
export type ControlDetail = z.infer<typeof ControlDetailSchema>;
