import { ListControlsQuerySchema } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class ListControlsQueryDto extends createZodDto(ListControlsQuerySchema) {}
