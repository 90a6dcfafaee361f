import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId } from '@kushim/db';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { RunStarter } from './run-starter.service';

/** `run.start`, fired by an organization's sweep scheduler. */
@Injectable()
export class RunStartProcessor {
  constructor(private readonly starter: RunStarter) {}

  @JobHandler('run.start')
  async start(payload: JobPayload<'run.start'>): Promise<{ runId: string | null }> {
    const started = await this.starter.start(asOrgId(payload.orgId), {
      trigger: 'SCHEDULED',
      actor: { type: 'SYSTEM', label: 'scheduler' },
    });
    return { runId: started?.runId ?? null };
  }
}
