import { createZodDto } from 'nestjs-zod';
import { CreateAuditExportSchema } from '@kushim/contracts';

export class CreateAuditExportDto extends createZodDto(CreateAuditExportSchema) {}
