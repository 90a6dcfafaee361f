import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ListOutboxQuerySchema,
  ListTransitionsQuerySchema,
  type ControlTransitionList,
  type OutboxList,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import {
  AuditWindow,
  CurrentMembership,
  MinRole,
  type AuditWindowRange,
  type Membership,
} from '@/common/auth';
import { OrgParamsDto } from '@/common/dto/org-params.dto';
import { AlertHistoryService } from './alert-history.service';

class ListTransitionsQueryDto extends createZodDto(ListTransitionsQuerySchema) {}
class ListOutboxQueryDto extends createZodDto(ListOutboxQuerySchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('orgs/:orgId')
export class AlertHistoryController {
  constructor(private readonly history: AlertHistoryService) {}

  @Get('transitions')
  @ApiOperation({ summary: 'Control status transitions, newest first (`?controlId=`)' })
  transitions(
    @Param() _params: OrgParamsDto,
    @Query() query: ListTransitionsQueryDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ControlTransitionList> {
    return this.history.transitions(membership.orgId, query, window);
  }

  @Get('outbox')
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Notification outbox: what was sent, what waits and why (`?status=`)' })
  outbox(
    @Param() _params: OrgParamsDto,
    @Query() query: ListOutboxQueryDto,
    @CurrentMembership() membership: Membership,
  ): Promise<OutboxList> {
    return this.history.outbox(membership.orgId, query);
  }
}
