import { Module } from '@nestjs/common';
import { ApiConfig } from '@/config/api-config';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { ComplianceStatusModule } from '@/modules/compliance-status/compliance-status.module';
import { ManualEvidenceController } from './manual-evidence.controller';
import { ManualEvidenceService } from './manual-evidence.service';
import { EvidenceStorageModule } from './storage/evidence-storage.module';
import { UploadLimits } from './upload-limits';

/** Manual evidence: multipart uploads stored on disk or in S3, their validity, and downloads. */
@Module({
  imports: [CatalogModule, ComplianceStatusModule, EvidenceStorageModule],
  controllers: [ManualEvidenceController],
  providers: [
    ManualEvidenceService,
    {
      provide: UploadLimits,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => UploadLimits.fromEnv(config.env),
    },
  ],
})
export class ManualEvidenceModule {}
