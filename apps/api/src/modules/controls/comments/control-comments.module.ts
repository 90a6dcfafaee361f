import { Module } from '@nestjs/common';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { ControlCommentsController } from './control-comments.controller';
import { ControlCommentsService } from './control-comments.service';

/** Comments and evidence requests on controls: audit events only (uses the global AuditModule). */
@Module({
  imports: [CatalogModule],
  controllers: [ControlCommentsController],
  providers: [ControlCommentsService],
})
export class ControlCommentsModule {}
