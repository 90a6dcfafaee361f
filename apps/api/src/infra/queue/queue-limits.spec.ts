import { describe, expect, it } from 'vitest';
import { createRegistry } from '@kushim/integrations';
import { DEFAULT_QUEUE_LIMITS, KNOWN_QUEUES, queueLimit } from './queue-limits';

describe('queue limits', () => {
  it('has one collect queue per provider the integrations package ships', () => {
    const providers = createRegistry()
      .allProviders()
      .map((provider) => provider.id);
    expect(KNOWN_QUEUES.filter((queue) => queue.startsWith('collect.')).sort()).toEqual(
      providers.map((id) => `collect.${id}`).sort(),
    );
  });

  it('sets a default for every queue a job runs on, and for no other', () => {
    expect(Object.keys(DEFAULT_QUEUE_LIMITS).sort()).toEqual([...KNOWN_QUEUES].sort());
  });

  it('lets a worker keep many I/O-bound collects in flight and few CPU-bound evaluations', () => {
    for (const queue of KNOWN_QUEUES.filter((name) => name.startsWith('collect.'))) {
      expect(queueLimit(DEFAULT_QUEUE_LIMITS, queue).concurrency).toBeGreaterThanOrEqual(16);
    }
    expect(queueLimit(DEFAULT_QUEUE_LIMITS, 'evaluate').concurrency).toBeLessThanOrEqual(4);
  });

  it('falls back to 4 at once for a queue without a default', () => {
    expect(queueLimit(DEFAULT_QUEUE_LIMITS, 'reports')).toEqual({ concurrency: 4 });
  });
});
