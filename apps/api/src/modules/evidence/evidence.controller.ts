import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EvidenceParamsSchema,
  ListEvidenceQuerySchema,
  type EvidenceDetail,
  type EvidenceList,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';
import {
  AuditWindow,
  CurrentMembership,
  MinRole,
  type AuditWindowRange,
  type Membership,
} from '@/common/auth';
import { EvidenceService } from './evidence.service';
import { OrgParamsDto } from '../../common/dto/org-params.dto';

class EvidenceParamsDto extends createZodDto(EvidenceParamsSchema) {}
class ListEvidenceQueryDto extends createZodDto(ListEvidenceQuerySchema) {}

@ApiTags('evidence')
@ApiBearerAuth()
// Viewers see the dashboard, not the evidence itself.
@MinRole('AUDITOR')
@Controller('orgs/:orgId/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @ApiOperation({ summary: 'Evidence snapshots, newest first (`?kind=&integrationId=&from=&to=`)' })
  list(
    @Param() _params: OrgParamsDto,
    @Query() query: ListEvidenceQueryDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<EvidenceList> {
    return this.evidence.list(membership.orgId, query, window);
  }

  @Get(':evidenceId')
  @ApiOperation({ summary: 'One snapshot: metadata, content, and the SHA-256 of the content as stored' })
  get(
    @Param() params: EvidenceParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<EvidenceDetail> {
    return this.evidence.get(membership.orgId, params.evidenceId, window);
  }
}
