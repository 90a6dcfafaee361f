import { z } from 'zod';
import { CheckLatestSchema, CheckSlaSchema, StoredFindingSchema } from '../checks/check';
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
  /** The automated checks that test this control, each with this organization's latest result and findings. */
  checkResults: z.array(
    z.object({
      checkId: z.string(),
      title: z.string(),
      severity: z.enum(['critical', 'high', 'medium', 'low']),
      latest: CheckLatestSchema.nullable(),
      sla: CheckSlaSchema.nullable(),
      /** The open Jira ticket tracking this check's fix, when remediation tickets are on. */
      ticket: z
        .object({ issueKey: z.string(), url: z.string().nullable(), status: z.literal('OPEN') })
        .nullable(),
      findings: z.array(StoredFindingSchema),
    }),
  ),
});
export type ControlDetail = z.infer<typeof ControlDetailSchema>;
