import { z } from 'zod';

/** An organization's status for one control (Prisma `ControlStatusValue`). */
export const ControlStatusValueSchema = z.enum(['PASSING', 'FAILING', 'NEEDS_EVIDENCE', 'NOT_APPLICABLE']);
export type ControlStatusValue = z.infer<typeof ControlStatusValueSchema>;

/** Roles a control's owner defaults to (the writable Prisma `Role` values). */
export const ControlOwnerRoleSchema = z.enum(['OWNER', 'ADMIN', 'COMPLIANCE_MANAGER']);
