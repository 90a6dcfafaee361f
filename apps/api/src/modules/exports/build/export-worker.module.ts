import { Module } from '@nestjs/common';
import { LedgerCheckpointModule } from '@/modules/audit/ledger-checkpoint.module';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { ControlStatusRepository } from '@/modules/controls/control-status.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { EvidenceStorageModule } from '@/modules/manual-evidence/storage/evidence-storage.module';
import { ExportBuildProcessor } from './export-build.processor';
import { ExportLedgerSegment } from './export-ledger-segment';
import { ExportLoader } from './export-loader';

/** `export.build` (worker only): auditor packages. */
@Module({
  imports: [LedgerCheckpointModule, CatalogModule, IntegrationRegistryModule, EvidenceStorageModule],
  providers: [ExportBuildProcessor, ExportLoader, ExportLedgerSegment, ControlStatusRepository],
})
export class ExportWorkerModule {}
