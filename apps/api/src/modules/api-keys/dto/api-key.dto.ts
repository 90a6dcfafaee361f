import { ApiKeyParamsSchema, CreateApiKeyRequestSchema, OrgParamsSchema } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateApiKeyDto extends createZodDto(CreateApiKeyRequestSchema) {}
export class OrgParamsDto extends createZodDto(OrgParamsSchema) {}
export class ApiKeyParamsDto extends createZodDto(ApiKeyParamsSchema) {}
