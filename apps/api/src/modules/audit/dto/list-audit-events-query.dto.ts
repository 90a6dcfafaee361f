import { ListAuditEventsQuerySchema } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class ListAuditEventsQueryDto extends createZodDto(ListAuditEventsQuerySchema) {}
