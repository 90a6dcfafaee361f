/**
 * The evidence pipeline end to end, in process: the HTTP API (startTestApi), a worker application context on the
 * same database and Redis prefix running the real BullMQ processors, and a sandbox on a random port.
 */
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createSandbox, sandboxConnections, type Sandbox } from '@kushim/sandbox';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import Redis from 'ioredis';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { JobWorkerService } from '@/infra/queue/job-worker.service';
import { WorkerModule } from '@/worker.module';
import { call, newOrg, startTestApi, type TestApi, type TestOrg } from '../factories';

/** Keeps every worker log line, so tests can assert what never reaches the logs. */
class CapturedWorkerLogs implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown, ...rest: unknown[]): void {
    this.lines.push(JSON.stringify([message, ...rest]));
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.log(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.log(message, ...rest);
  }
}

export interface RunBody {
  id: string;
  status: string;
  steps: Array<{
    integrationId: string;
    provider: string;
    state: string;
    attempts: number;
    evidenceCount: number;
    newEvidenceCount: number;
    error: string | null;
  }>;
  results: Record<string, number>;
}

export interface PipelineContext {
  api: TestApi;
  worker: INestApplicationContext;
  workerLogs: CapturedWorkerLogs;
  sandbox: Sandbox;
  owner: PrismaClient;
  redis: Redis;
  /** A new organization with the five providers connected to the sandbox (acme credentials). */
  connectedOrg(providers?: readonly string[]): Promise<{ org: TestOrg; integrations: Map<string, string> }>;
  /** Replaces an integration's stored credentials directly (as if the customer's token was revoked later). */
  swapCredentials(orgId: string, integrationId: string, credentials: Record<string, unknown>): Promise<void>;
  startRun(org: TestOrg): Promise<string>;
  /** Polls GET …/runs/{id} until the run completes (bounded). */
  completedRun(org: TestOrg, runId: string, timeoutMs?: number): Promise<RunBody>;
  close(): Promise<void>;
}

export async function createPipelineContext(
  options: { inProcessWorker?: boolean; sandboxLatencyMs?: number } = {},
): Promise<PipelineContext> {
  const sandbox = await createSandbox({ port: 0, latencyMs: options.sandboxLatencyMs ?? 0 });
  const api = await startTestApi();
  const workerLogs = new CapturedWorkerLogs();
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(api.env), {
    logger: workerLogs,
    abortOnError: false,
  });
  if (options.inProcessWorker ?? true) {
    await worker.get(JobWorkerService).start();
  }
  const owner = createPrismaClient({ url: testEnv().databaseUrl, poolMax: 2 });
  const redis = new Redis(api.env.REDIS_URL);

  const connectedOrg: PipelineContext['connectedOrg'] = async (
    providers = ['aws', 'github', 'okta', 'jira', 'slack'],
  ) => {
    const org = await newOrg(api.app);
    const integrations = new Map<string, string>();
    for (const connection of sandboxConnections(sandbox.url, 'acme').filter((c) =>
      providers.includes(c.provider),
    )) {
      const res = await call<{ id: string }>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/integrations`, {
        token: org.owner.accessToken,
        body: connection,
      });
      if (res.status !== 201) {
        throw new Error(`connect ${connection.provider}: ${res.status} ${res.text}`);
      }
      integrations.set(connection.provider, res.body.id);
    }
    return { org, integrations };
  };

  const swapCredentials: PipelineContext['swapCredentials'] = async (orgId, integrationId, credentials) => {
    const sealed = api.app.get(CredentialVault).seal({ organizationId: orgId, integrationId }, credentials);
    await owner.integration.update({ where: { id: integrationId }, data: { secretCiphertext: sealed } });
  };

  const startRun: PipelineContext['startRun'] = async (org) => {
    const res = await call<{ runId: string }>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/runs`, {
      token: org.owner.accessToken,
      body: {},
    });
    if (res.status !== 202) {
      throw new Error(`start run: ${res.status} ${res.text}`);
    }
    return res.body.runId;
  };

  const completedRun: PipelineContext['completedRun'] = async (org, runId, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await call<RunBody>(api.app, 'GET', `/api/v1/orgs/${org.orgId}/runs/${runId}`, {
        token: org.owner.accessToken,
      });
      if (res.body.status === 'COMPLETED' || res.body.status === 'FAILED') {
        return res.body;
      }
      if (Date.now() > deadline) {
        throw new Error(`run ${runId} still ${res.body.status} after ${timeoutMs} ms: ${res.text}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    api,
    worker,
    workerLogs,
    sandbox,
    owner,
    redis,
    connectedOrg,
    swapCredentials,
    startRun,
    completedRun,
    close: async () => {
      await worker.close();
      await api.close();
      await sandbox.close();
      await owner.$disconnect();
      redis.disconnect();
    },
  };
}
