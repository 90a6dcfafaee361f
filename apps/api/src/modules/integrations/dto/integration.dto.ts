import {
  CreateIntegrationRequestSchema,
  IntegrationParamsSchema,
  UpdateIntegrationRequestSchema,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateIntegrationDto extends createZodDto(CreateIntegrationRequestSchema) {}
export class UpdateIntegrationDto extends createZodDto(UpdateIntegrationRequestSchema) {}
export class IntegrationParamsDto extends createZodDto(IntegrationParamsSchema) {}
