import { Module } from '@nestjs/common';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ExceptionsController } from './exceptions.controller';
import { ExceptionsService } from './exceptions.service';

@Module({
  imports: [IntegrationRegistryModule],
  controllers: [ExceptionsController],
  providers: [ExceptionsService],
})
export class ExceptionsModule {}
