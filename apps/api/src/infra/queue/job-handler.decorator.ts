import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayload } from '@kushim/contracts';
import type { JobContext } from './job-context';

export const JOB_HANDLER_METADATA = 'kushim:job-handler';

/**
 * Marks the method that runs `jobName`. Discovered when the worker boots; it refuses to start unless every
 * registered job has exactly one. The payload it receives has already passed the job's zod schema.
 */
export function JobHandler<Name extends JobName>(jobName: Name) {
  return <Handler extends (payload: JobPayload<Name>, context: JobContext) => Promise<unknown>>(
    target: object,
    propertyKey: string | symbol,
    descriptor: TypedPropertyDescriptor<Handler>,
  ): TypedPropertyDescriptor<Handler> => {
    SetMetadata(JOB_HANDLER_METADATA, jobName)(target, propertyKey, descriptor);
    return descriptor;
  };
}
