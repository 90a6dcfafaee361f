import { canonicalJson } from '@kushim/ledger';
import { jobQueueName, type JobDefinition } from '@kushim/contracts';
import { deterministicJobId } from './job-id';

/** A job ready to add: its validated payload, the queue it runs on and its deterministic id. */
export interface RoutedJob {
  queueName: string;
  data: unknown;
  jobId: string;
}

/**
 * Validates `payload` against the job's schema (an unknown partition value fails here), picks its queue and derives
 * its id from `jobKey`, by default the canonical JSON of the payload without the partition field: that field says
 * where the job runs, not which work it is, so ids are the same as before the queue was split.
 */
export function routeJob(definition: JobDefinition, payload: unknown, jobKey?: string): RoutedJob {
  const data: unknown = definition.payload.parse(payload);
  return {
    queueName: jobQueueName(definition, data),
    data,
    jobId: deterministicJobId(definition.name, jobKey ?? canonicalJson(identityOf(definition, data))),
  };
}

function identityOf(definition: JobDefinition, data: unknown): unknown {
  const field = definition.partition?.field;
  if (field === undefined || typeof data !== 'object' || data === null) {
    return data;
  }
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));
}
