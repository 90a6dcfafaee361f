import type { FlowSpec } from '@/infra/queue/queue.service';

/**
 * A run's flow: score ← evaluate ← one collect per integration. A collect that fails for good (rejected
 * credentials) does not stall the run: evaluation goes ahead and the checks lacking its evidence are INCONCLUSIVE.
 * Every job id derives from (job, runId[, integrationId]), so adding the flow twice adds nothing.
 */
export function runFlow(orgId: string, runId: string, integrationIds: readonly string[]): FlowSpec {
  return {
    name: 'run.score',
    payload: { orgId, runId },
    children: [
      {
        name: 'run.evaluate',
        payload: { orgId, runId },
        children: integrationIds.map((integrationId) => ({
          name: 'run.collect' as const,
          payload: { orgId, runId, integrationId },
          continueOnFailure: true,
        })),
      },
    ],
  };
}
