import { z } from 'zod';
import { defineJob } from './job-definition';

/**
 * Builds one auditor export: loads the period's results, evidence and exceptions, renders the derived files, seals
 * them with an `export.generated` audit event, signs a checkpoint over it, and writes the ZIP to evidence storage.
 * Rebuilding a half-built export after a crash starts over (the row stays BUILDING until the ZIP is stored).
 */
export const exportBuildJob = defineJob({
  name: 'export.build',
  queue: 'exports',
  payload: z.object({ orgId: z.uuid(), exportId: z.uuid() }).strict(),
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 5_000 },
  description: 'Builds an auditor export ZIP (evidence, results, chain, checkpoints, OSCAL)',
});
