import { Global, Module } from '@nestjs/common';
import { LedgerKeysModule } from '@/infra/ledger/ledger-keys.module';
import { AuditEventRepository } from './audit-event.repository';
import { AuditLogService } from './audit-log.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { LedgerKeysController } from './ledger-keys.controller';
import { LedgerCheckpointRepository } from './ledger-checkpoint.repository';

/** The per-organization audit ledger. Global: every module records its mutations through AuditService. */
@Global()
@Module({
  imports: [LedgerKeysModule],
  controllers: [AuditController, LedgerKeysController],
  providers: [
    AuditService,
    AuditLogService,
    AuditVerificationService,
    AuditEventRepository,
    LedgerCheckpointRepository,
  ],
  exports: [AuditService, AuditEventRepository, LedgerCheckpointRepository],
})
export class AuditModule {}
