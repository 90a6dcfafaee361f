import { Module } from '@nestjs/common';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { DigestProcessor } from './digest.processor';

/** The daily digest job (worker only). */
@Module({ imports: [CatalogModule, IntegrationRegistryModule], providers: [DigestProcessor] })
export class DigestWorkerModule {}
