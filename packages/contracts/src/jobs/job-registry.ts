import type { z } from 'zod';
import { alertDeliverJob, alertDigestJob, alertJiraSyncJob, alertSweepJob } from './alert-jobs';
import { exportBuildJob } from './export-jobs';
import type { JobDefinition } from './job-definition';
import { ledgerCheckpointJob } from './ledger-checkpoint.job';
import { runCollectJob, runEvaluateJob, runScoreJob, runStartJob } from './run-jobs';
import { statusRefreshJob } from './status-jobs';

/** Every job the worker runs. The worker refuses to boot unless each has exactly one @JobHandler. */
export const JOB_DEFINITIONS = [
  ledgerCheckpointJob,
  runStartJob,
  runCollectJob,
  runEvaluateJob,
  runScoreJob,
  statusRefreshJob,
  alertDeliverJob,
  alertSweepJob,
  alertDigestJob,
  alertJiraSyncJob,
  exportBuildJob,
] as const;

export type RegisteredJob = (typeof JOB_DEFINITIONS)[number];
export type JobName = RegisteredJob['name'];
export type JobPayload<Name extends JobName> = z.infer<Extract<RegisteredJob, { name: Name }>['payload']>;

export function jobDefinition<Name extends JobName>(
  name: Name,
): Extract<RegisteredJob, { name: Name }> & JobDefinition {
  const definition = JOB_DEFINITIONS.find((job) => job.name === name);
  if (!definition) {
    throw new Error(`Unknown job ${name}`);
  }
  return definition as Extract<RegisteredJob, { name: Name }>;
}
