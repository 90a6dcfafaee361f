import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InviteMemberResponse, MemberList, MemberView } from '@kushim/contracts';
import {
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '../../common/auth';
import { InviteMemberDto, MemberParamsDto, MembersPageQueryDto, UpdateMemberDto } from './dto/members.dto';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

@ApiTags('members')
@ApiBearerAuth()
@Controller('orgs/:orgId/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Members of the organization (any member may read)' })
  list(
    @Param() _params: OrgParamsDto,
    @Query() query: MembersPageQueryDto,
    @CurrentMembership() membership: Membership,
  ): Promise<MemberList> {
    return this.members.list(membership, query);
  }

  @Post()
  @MinRole('ADMIN')
  @ApiOperation({
    summary: 'Invite someone with a role (AUDITOR access may end at expiresAt); token shown once',
  })
  invite(
    @Param() _params: OrgParamsDto,
    @Body() body: InviteMemberDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<InviteMemberResponse> {
    return this.invitations.invite(membership, actor, body, context);
  }

  @Patch(':userId')
  @MinRole('ADMIN')
  @ApiOperation({ summary: "Change a member's role or access end date" })
  update(
    @Param() params: MemberParamsDto,
    @Body() body: UpdateMemberDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<MemberView> {
    return this.members.update(membership, actor, params.userId, body, context);
  }

  @Delete(':userId')
  @MinRole('ADMIN')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member and end their sessions' })
  remove(
    @Param() params: MemberParamsDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<void> {
    return this.members.remove(membership, actor, params.userId, context);
  }
}
