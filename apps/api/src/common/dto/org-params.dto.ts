import { OrgParamsSchema } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

/** `:orgId` of every `/orgs/{orgId}/…` route, validated as a UUID (OrgAccessGuard answers 404 for non-members first). */
export class OrgParamsDto extends createZodDto(OrgParamsSchema) {}
