import type { JobContext } from './job-context';

/** A @JobHandler method found at boot. */
export interface DiscoveredJobHandler {
  jobName: string;
  /** `ClassName.methodName`, for messages. */
  owner: string;
  invoke: (payload: unknown, context: JobContext) => Promise<unknown>;
}

/** The worker must not start: a job would never run, or would run twice. */
export class JobHandlerRegistrationError extends Error {
  override readonly name = 'JobHandlerRegistrationError';
}

/**
 * The boot check: every registered job has exactly one handler, and every handler names a registered job.
 * Returns the handler of each job; throws one error listing every problem, each naming its job.
 */
export function resolveJobHandlers<Handler extends Pick<DiscoveredJobHandler, 'jobName' | 'owner'>>(
  jobs: readonly { name: string }[],
  handlers: readonly Handler[],
): Map<string, Handler> {
  const byJob = new Map<string, Handler[]>();
  for (const handler of handlers) {
    byJob.set(handler.jobName, [...(byJob.get(handler.jobName) ?? []), handler]);
  }

  const problems: string[] = [];
  const resolved = new Map<string, Handler>();
  for (const job of jobs) {
    const found = byJob.get(job.name) ?? [];
    if (found.length === 0) {
      problems.push(`job "${job.name}" has no @JobHandler`);
    } else if (found.length > 1) {
      problems.push(
        `job "${job.name}" has ${found.length} @JobHandler methods: ${found.map((h) => h.owner).join(', ')}`,
      );
    } else {
      resolved.set(job.name, found[0]!);
    }
  }
  const known = new Set(jobs.map((job) => job.name));
  for (const handler of handlers) {
    if (!known.has(handler.jobName)) {
      problems.push(`@JobHandler("${handler.jobName}") on ${handler.owner} names no registered job`);
    }
  }
  if (problems.length > 0) {
    throw new JobHandlerRegistrationError(`Worker cannot start: ${problems.join('; ')}`);
  }
  return resolved;
}
