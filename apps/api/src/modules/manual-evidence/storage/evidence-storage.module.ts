import { Module } from '@nestjs/common';
import { ApiConfig } from '@/config/api-config';
import { EvidenceStorages } from './evidence-storages';

/** The configured evidence file storage (local disk or S3): manual uploads and auditor export ZIPs. */
@Module({
  providers: [
    {
      provide: EvidenceStorages,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => EvidenceStorages.fromEnv(config.env),
    },
  ],
  exports: [EvidenceStorages],
})
export class EvidenceStorageModule {}
