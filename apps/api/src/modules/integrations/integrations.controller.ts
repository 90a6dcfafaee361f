import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConnectionTest, IntegrationList, IntegrationView } from '@kushim/contracts';
import {
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '@/common/auth';
import { CreateIntegrationDto, IntegrationParamsDto, UpdateIntegrationDto } from './dto/integration.dto';
import { IntegrationsService } from './integrations.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('orgs/:orgId/integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Get()
  @ApiOperation({ summary: "The organization's integrations (never their credentials)" })
  list(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
  ): Promise<IntegrationList> {
    return this.integrations.list(membership.orgId);
  }

  @Post()
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({
    summary: 'Connect a provider; the credentials are validated by a live call before they are saved',
  })
  create(
    @Param() _params: OrgParamsDto,
    @Body() body: CreateIntegrationDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<IntegrationView> {
    return this.integrations.create(membership.orgId, actor, body, context);
  }

  @Get(':integrationId')
  @ApiOperation({ summary: 'One integration: status, actionable lastError, lastCollectedAt' })
  get(
    @Param() params: IntegrationParamsDto,
    @CurrentMembership() membership: Membership,
  ): Promise<IntegrationView> {
    return this.integrations.get(membership.orgId, params.integrationId);
  }

  @Patch(':integrationId')
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({ summary: 'Rename, change settings or credentials (tested live), disable or re-enable' })
  update(
    @Param() params: IntegrationParamsDto,
    @Body() body: UpdateIntegrationDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<IntegrationView> {
    return this.integrations.update(membership.orgId, actor, params.integrationId, body, context);
  }

  @Delete(':integrationId')
  @HttpCode(204)
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({ summary: 'Disconnect (the evidence already collected is kept)' })
  remove(
    @Param() params: IntegrationParamsDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<void> {
    return this.integrations.remove(membership.orgId, actor, params.integrationId, context);
  }

  @Post(':integrationId/test')
  @HttpCode(200)
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({ summary: 'Live connection test naming any missing permission' })
  test(
    @Param() params: IntegrationParamsDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<ConnectionTest> {
    return this.integrations.test(membership.orgId, actor, params.integrationId, context);
  }
}
