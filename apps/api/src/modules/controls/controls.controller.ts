import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ControlDetail, ControlList } from '@kushim/contracts';
import { AuditWindow, CurrentMembership, type AuditWindowRange, type Membership } from '@/common/auth';
import { ListControlsQueryDto } from './dto/list-controls-query.dto';
import { ControlsService } from './controls.service';

@ApiTags('controls')
@Controller('orgs/:orgId/controls')
export class ControlsController {
  constructor(private readonly controls: ControlsService) {}

  @Get()
  @ApiOperation({
    summary: "The catalog's controls with this organization's status, owner, criteria and checks",
  })
  @ApiOkResponse({ description: '{ items: [...], nextCursor }' })
  list(
    @CurrentMembership() membership: Membership,
    @Query() query: ListControlsQueryDto,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ControlList> {
    return this.controls.list(membership.orgId, query, window);
  }

  @Get(':controlId')
  @ApiOperation({ summary: "One control with its criteria (and rationale) and this organization's status" })
  get(
    @CurrentMembership() membership: Membership,
    @Param('controlId') controlId: string,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ControlDetail> {
    return this.controls.get(membership.orgId, controlId, window);
  }
}
