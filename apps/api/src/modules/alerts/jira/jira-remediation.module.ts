import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { JiraSyncProcessor } from './jira-sync.processor';
import { RemediationTicketRepository } from './remediation-ticket.repository';

/** Jira remediation tickets (worker): the `alert.jira-sync` handler. Exports the ticket repository for the API. */
@Module({
  imports: [IntegrationRegistryModule, CredentialVaultModule],
  providers: [JiraSyncProcessor, RemediationTicketRepository, CheckResultRepository],
  exports: [RemediationTicketRepository],
})
export class JiraRemediationModule {}
