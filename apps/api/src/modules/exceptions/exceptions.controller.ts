import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateExceptionRequestSchema,
  ExceptionParamsSchema,
  type ExceptionList,
  type ExceptionView,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import {
  AuditWindow,
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type AuditWindowRange,
  type Membership,
  type RequestContextValue,
} from '@/common/auth';
import { ExceptionsService } from './exceptions.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

class ExceptionParamsDto extends createZodDto(ExceptionParamsSchema) {}
class CreateExceptionDto extends createZodDto(CreateExceptionRequestSchema) {}

@ApiTags('exceptions')
@ApiBearerAuth()
@Controller('orgs/:orgId/exceptions')
export class ExceptionsController {
  constructor(private readonly exceptions: ExceptionsService) {}

  @Get()
  @ApiOperation({ summary: 'Accepted findings, active and past' })
  list(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ExceptionList> {
    return this.exceptions.list(membership.orgId, window);
  }

  @Post()
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({
    summary: "Accept a check's failing finding for one resource, with a justification and an expiry",
  })
  create(
    @Param() _params: OrgParamsDto,
    @Body() body: CreateExceptionDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<ExceptionView> {
    return this.exceptions.create(membership.orgId, actor, body, context);
  }

  @Delete(':exceptionId')
  @HttpCode(204)
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({
    summary: 'Revoke an exception (the finding fails its control again from the next evaluation)',
  })
  revoke(
    @Param() params: ExceptionParamsDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<void> {
    return this.exceptions.revoke(membership.orgId, actor, params.exceptionId, context);
  }
}
