import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CheckParamsSchema,
  CheckResultsQuerySchema,
  type CheckList,
  type CheckResultList,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import { AuditWindow, CurrentMembership, type AuditWindowRange, type Membership } from '@/common/auth';
import { ChecksService } from './checks.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

class CheckParamsDto extends createZodDto(CheckParamsSchema) {}
class CheckResultsQueryDto extends createZodDto(CheckResultsQuerySchema) {}

@ApiTags('checks')
@ApiBearerAuth()
@Controller('orgs/:orgId/checks')
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Get()
  @ApiOperation({ summary: 'Every automated check with its latest status for this organization' })
  list(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<CheckList> {
    return this.checks.list(membership.orgId, window);
  }

  @Get(':checkId/results')
  @ApiOperation({ summary: "One check's result history with findings (newest first)" })
  results(
    @Param() params: CheckParamsDto,
    @Query() query: CheckResultsQueryDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<CheckResultList> {
    return this.checks.results(membership.orgId, params.checkId, query, window);
  }
}
