import type { FlowSpec } from '@/infra/queue/queue.service';

/**
 * An integration a run collects from; its provider picks the collect job's queue (`collect.<provider>`). A provider
 * the collect payload schema does not know fails the flow before anything is enqueued.
 */
export interface RunIntegration {
  id: string;
  provider: string;
}

/**
 * A run's flow: score ← evaluate ← one collect per integration. A collect that fails for good (rejected
 * credentials) does not stall the run: evaluation goes ahead and the checks lacking its evidence are INCONCLUSIVE.
 * Every job id derives from (job, runId[, integrationId]), so adding the flow twice adds nothing.
 */
export function runFlow(orgId: string, runId: string, integrations: readonly RunIntegration[]): FlowSpec {
  return {
    name: 'run.score',
    payload: { orgId, runId },
    children: [
      {
        name: 'run.evaluate',
        payload: { orgId, runId },
        children: integrations.map((integration) => ({
          name: 'run.collect' as const,
          payload: { orgId, runId, integrationId: integration.id, provider: integration.provider },
          continueOnFailure: true,
        })),
      },
    ],
  };
}
