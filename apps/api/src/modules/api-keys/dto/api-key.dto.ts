import { ApiKeyParamsSchema, CreateApiKeyRequestSchema } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateApiKeyDto extends createZodDto(CreateApiKeyRequestSchema) {}
export class ApiKeyParamsDto extends createZodDto(ApiKeyParamsSchema) {}
