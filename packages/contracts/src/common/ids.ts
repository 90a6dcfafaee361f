import { z } from 'zod';

export const UuidSchema = z.uuid({ message: 'must be a UUID' });

/** `:orgId` route parameter. */
export const OrgParamsSchema = z.object({ orgId: UuidSchema }).strict();
