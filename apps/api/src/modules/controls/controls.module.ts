import { Module } from '@nestjs/common';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { RemediationTicketRepository } from '@/modules/alerts/jira/remediation-ticket.repository';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ControlStatusRepository } from './control-status.repository';
import { ControlsController } from './controls.controller';
import { ControlsService } from './controls.service';

/** An organization's view of the catalog's controls: status, owner, criteria, check counts. */
@Module({
  imports: [CatalogModule, IntegrationRegistryModule],
  controllers: [ControlsController],
  providers: [ControlsService, ControlStatusRepository, CheckResultRepository, RemediationTicketRepository],
})
export class ControlsModule {}
