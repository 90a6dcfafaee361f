/** What a job handler learns about the delivery it is running (at-least-once: the same job may run again). */
export interface JobContext {
  jobId: string;
  jobName: string;
  /** 1 on the first try. */
  attempt: number;
  /** Attempts allowed in all: `attempt === maxAttempts` is the last chance. */
  maxAttempts: number;
}
