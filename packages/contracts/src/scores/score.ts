import { z } from 'zod';

const Breakdown = {
  score: z.number(),
  passing: z.number().int(),
  failing: z.number().int(),
  needsEvidence: z.number().int(),
  applicable: z.number().int(),
};

export const ScoreSchema = z.object({
  framework: z.literal('SOC2'),
  ...Breakdown,
  byCriterion: z.array(z.object({ family: z.string(), ...Breakdown })),
});
export type ScoreView = z.infer<typeof ScoreSchema>;

export const ScoreHistoryQuerySchema = z
  .object({
    from: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).optional(),
    to: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).optional(),
  })
  .strict();
export type ScoreHistoryQuery = z.infer<typeof ScoreHistoryQuerySchema>;

export const ScorePointSchema = z.object({ day: z.string(), ...Breakdown, runId: z.uuid().nullable() });
export const ScoreHistorySchema = z.object({ items: z.array(ScorePointSchema) });
export type ScoreHistory = z.infer<typeof ScoreHistorySchema>;
