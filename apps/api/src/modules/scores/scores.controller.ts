import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScoreHistoryQuerySchema, type ScoreHistory, type ScoreView } from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import { AuditWindow, CurrentMembership, type AuditWindowRange, type Membership } from '@/common/auth';
import { ScoresService } from './scores.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

class ScoreHistoryQueryDto extends createZodDto(ScoreHistoryQuerySchema) {}

@ApiTags('scores')
@ApiBearerAuth()
@Controller('orgs/:orgId/score')
export class ScoresController {
  constructor(private readonly scores: ScoresService) {}

  @Get()
  @ApiOperation({
    summary:
      'SOC 2 score: passing applicable controls / applicable controls, overall and per criterion family',
  })
  current(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ScoreView> {
    return this.scores.current(membership.orgId, window);
  }

  @Get('history')
  @ApiOperation({ summary: 'Daily score points (`?from=&to=` as YYYY-MM-DD)' })
  history(
    @Param() _params: OrgParamsDto,
    @Query() query: ScoreHistoryQueryDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ScoreHistory> {
    return this.scores.history(membership.orgId, query, window);
  }
}
