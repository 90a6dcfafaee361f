import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { LedgerCheckpointPayload } from '@kushim/contracts';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';
import type { JobContext } from '@/infra/queue/job-context';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { LedgerCheckpointService } from './ledger-checkpoint.service';

/** `ledger.checkpoint`, hourly (job scheduler upserted at worker boot). */
@Injectable()
export class LedgerCheckpointProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger('LedgerCheckpoint');

  constructor(
    private readonly checkpoints: LedgerCheckpointService,
    private readonly keys: LedgerKeysService,
  ) {}

  /** Load (in development: create) the signing key at boot, so a worker without one fails now, not in an hour. */
  async onApplicationBootstrap(): Promise<void> {
    const { keyId } = await this.keys.signingKey();
    this.logger.log(`Signing checkpoints with key ${keyId}`);
  }

  @JobHandler('ledger.checkpoint')
  async run(_payload: LedgerCheckpointPayload, context: JobContext): Promise<{ signed: number }> {
    const summary = await this.checkpoints.checkpointAdvancedOrganizations();
    this.logger.log(
      `${context.jobId}: signed ${summary.signed.length} of ${summary.advanced} advanced organization(s)`,
    );
    return { signed: summary.signed.length };
  }
}
