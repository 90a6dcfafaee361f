import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UpdateNotificationSettingsSchema, type NotificationSettingsView } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import {
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '@/common/auth';
import { OrgParamsDto } from '@/common/dto/org-params.dto';
import { NotificationSettingsService } from './notification-settings.service';

class UpdateNotificationSettingsDto extends createZodDto(UpdateNotificationSettingsSchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('orgs/:orgId/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'Slack channel, Jira project, severities that alert, digest time, remediation SLAs',
  })
  get(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
  ): Promise<NotificationSettingsView> {
    return this.settings.get(membership.orgId);
  }

  @Put()
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({ summary: 'Replace the notification settings (an audit event records what changed)' })
  put(
    @Param() _params: OrgParamsDto,
    @Body() body: UpdateNotificationSettingsDto,
    @CurrentActor() actor: Actor,
    @CurrentMembership() membership: Membership,
    @RequestContext() context: RequestContextValue,
  ): Promise<NotificationSettingsView> {
    return this.settings.update(membership.orgId, actor, body, context);
  }
}
