import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateControlCommentSchema, type ControlComment, type ControlCommentList } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  AuditorMayWrite,
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '@/common/auth';
import { ControlCommentsService } from './control-comments.service';

class CreateControlCommentDto extends createZodDto(CreateControlCommentSchema) {}
class ControlParamsDto extends createZodDto(
  z.object({ orgId: z.uuid({ message: 'must be a UUID' }), controlId: z.string().min(1).max(64) }),
) {}

/** Auditors and compliance managers comment on a control or request evidence; viewers read. */
@ApiTags('controls')
@ApiBearerAuth()
@Controller('orgs/:orgId/controls/:controlId/comments')
export class ControlCommentsController {
  constructor(private readonly comments: ControlCommentsService) {}

  @Post()
  @MinRole('AUDITOR')
  @AuditorMayWrite()
  @ApiOperation({
    summary: 'Comment on a control or request evidence (`{kind: comment|request, body}`): an audit event',
  })
  add(
    @Param() params: ControlParamsDto,
    @Body() body: CreateControlCommentDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<ControlComment> {
    return this.comments.add(membership.orgId, params.controlId, actor, body, context);
  }

  @Get()
  @ApiOperation({ summary: "A control's comments and evidence requests, newest first" })
  list(
    @Param() params: ControlParamsDto,
    @CurrentMembership() membership: Membership,
  ): Promise<ControlCommentList> {
    return this.comments.list(membership.orgId, params.controlId);
  }
}
