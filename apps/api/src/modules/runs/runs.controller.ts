import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ListRunsQuerySchema,
  RunParamsSchema,
  StartRunRequestSchema,
  type RunList,
  type RunView,
  type StartRunResponse,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import {
  auditActor,
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
import { RunStarter } from './run-starter.service';
import { RunsService } from './runs.service';
import { SweepSchedule } from './sweep-schedule.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

class StartRunDto extends createZodDto(StartRunRequestSchema) {}
class RunParamsDto extends createZodDto(RunParamsSchema) {}
class ListRunsQueryDto extends createZodDto(ListRunsQuerySchema) {}

@ApiTags('runs')
@ApiBearerAuth()
@Controller('orgs/:orgId/runs')
export class RunsController {
  constructor(
    private readonly starter: RunStarter,
    private readonly runs: RunsService,
    private readonly schedule: SweepSchedule,
  ) {}

  @Post()
  @HttpCode(202)
  @MinRole('COMPLIANCE_MANAGER')
  @ApiOperation({ summary: 'Collect and evaluate now, for every enabled integration (or `integrationIds`)' })
  async start(
    @Param() _params: OrgParamsDto,
    @Body() body: StartRunDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<StartRunResponse> {
    const started = await this.starter.start(membership.orgId, {
      trigger: 'MANUAL',
      actor: auditActor(actor),
      ...(actor.kind === 'user' ? { requestedById: actor.userId } : {}),
      ...(body.integrationIds ? { integrationIds: body.integrationIds } : {}),
      requestId: context.requestId,
      ip: context.ip,
    });
    if (!started) {
      throw new UnprocessableEntityException('Connect an integration (or enable one) before starting a run');
    }
    return started;
  }

  @Get()
  @ApiOperation({ summary: 'Runs, newest first, with the organization’s sweep schedule (next start)' })
  async list(
    @Param() _params: OrgParamsDto,
    @Query() query: ListRunsQueryDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<RunList> {
    const [page, schedule] = await Promise.all([
      this.runs.list(membership.orgId, query, window),
      // An auditor's window is in the past: the live schedule is not part of it.
      window ? Promise.resolve(null) : this.schedule.next(membership.orgId),
    ]);
    return { ...page, schedule };
  }

  @Get(':runId')
  @ApiOperation({ summary: 'Progress of a run: per-integration state, evidence counts, errors, results' })
  get(
    @Param() params: RunParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<RunView> {
    return this.runs.get(membership.orgId, params.runId, window);
  }
}
