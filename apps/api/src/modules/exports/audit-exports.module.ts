import { Module } from '@nestjs/common';
import { EvidenceStorageModule } from '@/modules/manual-evidence/storage/evidence-storage.module';
import { AuditExportsController } from './audit-exports.controller';
import { AuditExportsService } from './audit-exports.service';

/** Auditor exports over HTTP (the ZIP itself is built by the worker's ExportWorkerModule). */
@Module({
  imports: [EvidenceStorageModule],
  controllers: [AuditExportsController],
  providers: [AuditExportsService],
})
export class AuditExportsModule {}
