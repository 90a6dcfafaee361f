import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiKeyList, CreateApiKeyResponse } from '@kushim/contracts';
import {
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '../../common/auth';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyParamsDto, CreateApiKeyDto } from './dto/api-key.dto';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

@ApiTags('api-keys')
@ApiBearerAuth()
@MinRole('ADMIN')
@Controller('orgs/:orgId/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: "The organization's API keys (prefix only)" })
  list(@Param() _params: OrgParamsDto, @CurrentMembership() membership: Membership): Promise<ApiKeyList> {
    return this.apiKeys.list(membership);
  }

  @Post()
  @ApiOperation({ summary: 'Create an API key bound to this organization and a role; the key is shown once' })
  create(
    @Param() _params: OrgParamsDto,
    @Body() body: CreateApiKeyDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<CreateApiKeyResponse> {
    return this.apiKeys.create(membership, actor, body, context);
  }

  @Delete(':apiKeyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key' })
  revoke(
    @Param() params: ApiKeyParamsDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<void> {
    return this.apiKeys.revoke(membership, actor, params.apiKeyId, context);
  }
}
