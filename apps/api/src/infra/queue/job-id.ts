import { createHash } from 'node:crypto';

/**
 * The same work always gets the same job id, so enqueueing it twice (a retried request, two API replicas) adds
 * one job. BullMQ refuses ':' in custom ids; a hex digest of the key never contains one.
 */
export function deterministicJobId(jobName: string, jobKey: string): string {
  return `${jobName}.${createHash('sha256').update(jobKey, 'utf8').digest('hex').slice(0, 40)}`;
}
