import { z } from 'zod';
import { ProviderIdSchema } from '../integrations/integration';
import { defineJob } from './job-definition';

const ids = { orgId: z.uuid(), runId: z.uuid() };

/**
 * Starts a sweep of one organization (its job scheduler fires it every `scheduleEveryHours`): creates the run and
 * its flow of collect → evaluate → score jobs.
 */
export const runStartJob = defineJob({
  name: 'run.start',
  queue: 'runs',
  payload: z.object({ orgId: z.uuid() }).strict(),
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 5_000 },
  description: "Starts a scheduled sweep of one organization's integrations",
});

/**
 * Collects one integration's evidence for a run. Rate limits and outages retry with jittered exponential backoff
 * (honouring Retry-After); rejected credentials or missing permissions do not retry. Runs on its provider's queue
 * (`collect.github`, …), so each provider has its own concurrency and rate limit.
 */
export const runCollectJob = defineJob({
  name: 'run.collect',
  queue: 'collect',
  partition: { field: 'provider', values: ProviderIdSchema.options },
  payload: z.object({ ...ids, integrationId: z.uuid(), provider: ProviderIdSchema }).strict(),
  attempts: 4,
  backoff: { type: 'jittered-exponential', delayMs: 1_000 },
  description: "Collects one integration's evidence through the provider's official SDK",
});

/** Runs every check whose providers are connected over the run's evidence; materialises control statuses. */
export const runEvaluateJob = defineJob({
  name: 'run.evaluate',
  queue: 'evaluate',
  payload: z.object(ids).strict(),
  attempts: 5,
  backoff: { type: 'exponential', delayMs: 2_000 },
  description: 'Evaluates the checks over the evidence of a run and updates control statuses',
});

/** Today's score snapshot and the end of the run (the alerting hook plugs in here: status transitions). */
export const runScoreJob = defineJob({
  name: 'run.score',
  queue: 'evaluate',
  payload: z.object(ids).strict(),
  attempts: 5,
  backoff: { type: 'exponential', delayMs: 2_000 },
  description: "Records the organization's score for today and completes the run",
});
