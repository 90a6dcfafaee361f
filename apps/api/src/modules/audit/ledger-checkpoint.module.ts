import { Module } from '@nestjs/common';
import { LedgerKeysModule } from '@/infra/ledger/ledger-keys.module';
import { LedgerCheckpointProcessor } from './ledger-checkpoint.processor';
import { LedgerCheckpointService } from './ledger-checkpoint.service';

/** The hourly checkpoint job (worker only). Uses the global AuditModule's repositories. */
@Module({
  imports: [LedgerKeysModule],
  providers: [LedgerCheckpointService, LedgerCheckpointProcessor],
})
export class LedgerCheckpointModule {}
