import { z } from 'zod';

/** `GET /frameworks`: each framework with its criteria in report order. */
export const FrameworkCriterionSchema = z.object({
  id: z.string(),
  family: z.string(),
  title: z.string(),
  sortOrder: z.number().int(),
  inScope: z.boolean(),
  outOfScopeReason: z.string().nullable(),
});

export const FrameworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  criteria: z.array(FrameworkCriterionSchema),
});
export type Framework = z.infer<typeof FrameworkSchema>;

export const FrameworkListSchema = z.object({ items: z.array(FrameworkSchema) });
export type FrameworkList = z.infer<typeof FrameworkListSchema>;
