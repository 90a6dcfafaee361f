import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';

export interface NoopFigures {
  jobs: number;
  concurrency: number;
  seconds: number;
  jobsPerSecond: number;
}

/**
 * The reference for the pipeline's jobs/s: `jobs` jobs that do nothing, on the same Redis (own prefix), with the
 * same retention options as the product's jobs, drained by one BullMQ Worker in this process with `concurrency`.
 * Timed from the worker's start (every job already waiting) to its last completion.
 */
export async function measureNoopJobs(
  redisUrl: string,
  prefix: string,
  options: { jobs: number; concurrency: number },
): Promise<NoopFigures> {
  const producer = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  const consumer = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  const queue = new Queue('bench.noop', { connection: producer, prefix });
  let worker: Worker | undefined;
  try {
    for (let i = 0; i < options.jobs; i += 1_000) {
      const size = Math.min(1_000, options.jobs - i);
      await queue.addBulk(
        Array.from({ length: size }, (_, j) => ({
          name: 'noop',
          data: { n: i + j },
          opts: { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } },
        })),
      );
    }
    let completed = 0;
    const started = performance.now();
    const seconds = await new Promise<number>((resolve, reject) => {
      worker = new Worker('bench.noop', () => Promise.resolve(), {
        connection: consumer,
        prefix,
        concurrency: options.concurrency,
      });
      worker.on('completed', () => {
        completed += 1;
        if (completed === options.jobs) {
          resolve((performance.now() - started) / 1000);
        }
      });
      worker.on('failed', (_job, error) => reject(error));
      worker.on('error', reject);
    });
    return {
      jobs: options.jobs,
      concurrency: options.concurrency,
      seconds,
      jobsPerSecond: options.jobs / seconds,
    };
  } finally {
    await worker?.close();
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  }
}
