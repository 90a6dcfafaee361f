import { Module } from '@nestjs/common';
import { ComplianceStatusModule } from '@/modules/compliance-status/compliance-status.module';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ExceptionsController } from './exceptions.controller';
import { ExceptionsService } from './exceptions.service';

@Module({
  imports: [IntegrationRegistryModule, ComplianceStatusModule],
  controllers: [ExceptionsController],
  providers: [ExceptionsService],
})
export class ExceptionsModule {}
