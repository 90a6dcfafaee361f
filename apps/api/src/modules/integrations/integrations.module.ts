import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { RunStartingModule } from '@/modules/runs/run-starting.module';
import { IntegrationRegistryModule } from './integration-registry.module';
import { IntegrationsController } from './integrations.controller';
import { IntegrationsService } from './integrations.service';
import { ProviderConnection } from './provider-connection.service';
import { ProvidersController } from './providers.controller';

@Module({
  imports: [IntegrationRegistryModule, CredentialVaultModule, RunStartingModule],
  controllers: [ProvidersController, IntegrationsController],
  providers: [IntegrationsService, ProviderConnection],
  exports: [ProviderConnection],
})
export class IntegrationsModule {}
