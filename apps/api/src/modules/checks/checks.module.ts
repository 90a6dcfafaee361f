import { Module } from '@nestjs/common';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { CheckResultRepository } from './check-result.repository';
import { ChecksController } from './checks.controller';
import { ChecksService } from './checks.service';

@Module({
  imports: [IntegrationRegistryModule],
  controllers: [ChecksController],
  providers: [ChecksService, CheckResultRepository],
  exports: [CheckResultRepository],
})
export class ChecksModule {}
