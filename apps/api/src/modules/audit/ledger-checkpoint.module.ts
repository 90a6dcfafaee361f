import { Module } from '@nestjs/common';
import { LedgerKeysModule } from '@/infra/ledger/ledger-keys.module';
import { LedgerCheckpointProcessor } from './ledger-checkpoint.processor';
import { LedgerCheckpointService } from './ledger-checkpoint.service';

/** The hourly checkpoint job (worker only), and checkpoint signing for exports. Uses the global AuditModule's repositories. */
@Module({
  imports: [LedgerKeysModule],
  providers: [LedgerCheckpointService, LedgerCheckpointProcessor],
  exports: [LedgerCheckpointService, LedgerKeysModule],
})
export class LedgerCheckpointModule {}
