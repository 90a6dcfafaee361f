import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '@kushim/ledger';
import { defineJob, jobDefinition, jobQueueName, jobQueueNames, JobRoutingError } from '@kushim/contracts';
import { deterministicJobId } from './job-id';
import { routeJob } from './job-route';

const orgId = '7d7f1c52-8d4e-4a43-9a55-6f1c0f3f3a01';
const runId = '0b6f3c1e-2b9f-4d7a-8c1e-5a4b3c2d1e0f';
const integrationId = '4f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f';

describe('routeJob', () => {
  it("puts a collect job on its provider's queue", () => {
    const routed = routeJob(jobDefinition('run.collect'), {
      orgId,
      runId,
      integrationId,
      provider: 'github',
    });
    expect(routed.queueName).toBe('collect.github');
    expect(routed.data).toEqual({ orgId, runId, integrationId, provider: 'github' });
  });

  it('keeps the collect job id it had before the queue was split (the provider is not part of it)', () => {
    const aws = routeJob(jobDefinition('run.collect'), { orgId, runId, integrationId, provider: 'aws' });
    expect(aws.jobId).toBe(deterministicJobId('run.collect', canonicalJson({ orgId, runId, integrationId })));
    const again = routeJob(jobDefinition('run.collect'), { provider: 'aws', integrationId, runId, orgId });
    expect(again.jobId).toBe(aws.jobId);
  });

  it('rejects a collect job for a provider Kushim does not know, before anything is enqueued', () => {
    expect(() =>
      routeJob(jobDefinition('run.collect'), { orgId, runId, integrationId, provider: 'gitlab' }),
    ).toThrow(z.ZodError);
    expect(() => routeJob(jobDefinition('run.collect'), { orgId, runId, integrationId })).toThrow(z.ZodError);
  });

  it('puts an unpartitioned job on its one queue, with an explicit job key when given', () => {
    const routed = routeJob(jobDefinition('run.evaluate'), { orgId, runId }, 'evaluate-key');
    expect(routed).toEqual({
      queueName: 'evaluate',
      data: { orgId, runId },
      jobId: deterministicJobId('run.evaluate', 'evaluate-key'),
    });
  });
});

describe('job queue names', () => {
  const job = defineJob({
    name: 'report.render',
    queue: 'reports',
    partition: { field: 'format', values: ['pdf', 'csv'] },
    // Looser than the partition on purpose: the routing check must hold even when the schema lets a value through.
    payload: z.object({ format: z.string() }),
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 1 },
    description: 'test job',
  });

  it('lists one queue per partition value, or the one queue', () => {
    expect(jobQueueNames(job)).toEqual(['reports.pdf', 'reports.csv']);
    expect(jobQueueNames(jobDefinition('run.collect'))).toEqual([
      'collect.aws',
      'collect.github',
      'collect.okta',
      'collect.jira',
      'collect.slack',
    ]);
    expect(jobQueueNames(jobDefinition('run.score'))).toEqual(['evaluate']);
  });

  it('refuses a payload whose partition value is not declared, naming the field and the values', () => {
    expect(jobQueueName(job, { format: 'csv' })).toBe('reports.csv');
    expect(() => jobQueueName(job, { format: 'docx' })).toThrow(JobRoutingError);
    expect(() => jobQueueName(job, { format: 'docx' })).toThrow(
      'Job "report.render": format must be one of pdf, csv, got "docx"',
    );
    expect(() => jobQueueName(job, {})).toThrow('got nothing');
  });
});
