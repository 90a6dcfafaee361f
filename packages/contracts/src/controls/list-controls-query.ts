import { z } from 'zod';
import { ControlStatusValueSchema } from './control-status';

export const CONTROLS_PAGE_LIMIT_DEFAULT = 50;
export const CONTROLS_PAGE_LIMIT_MAX = 200;

/** `GET /orgs/{orgId}/controls` query string. */
export const ListControlsQuerySchema = z
  .object({
    status: ControlStatusValueSchema.optional(),
    criterion: z
      .string()
      .regex(/^[A-Z]{1,2}\d\.\d{1,2}$/, 'must be a criterion id such as CC6.1')
      .optional()
      .describe('Only controls mapped to this criterion id'),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Case-insensitive text in the id, title or category'),
    limit: z.coerce.number().int().min(1).max(CONTROLS_PAGE_LIMIT_MAX).default(CONTROLS_PAGE_LIMIT_DEFAULT),
    cursor: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor value from a previous page')
      .optional(),
  })
  .strict();
export type ListControlsQuery = z.infer<typeof ListControlsQuerySchema>;
