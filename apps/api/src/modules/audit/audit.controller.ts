import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventList, AuditVerification } from '@kushim/contracts';
import { AuditWindow, CurrentMembership, type AuditWindowRange, type Membership } from '@/common/auth';
import { AuditLogService } from './audit-log.service';
import { AuditVerificationService } from './audit-verification.service';
import { ListAuditEventsQueryDto } from './dto/list-audit-events-query.dto';

/** Any member may read and verify their organization's audit trail (OrgAccessGuard: non-members get 404). */
@ApiTags('audit')
@Controller('orgs/:orgId/audit-events')
export class AuditController {
  constructor(
    private readonly auditLog: AuditLogService,
    private readonly verification: AuditVerificationService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The audit trail, newest first; each event carries seq, prevHash and hash' })
  @ApiOkResponse({ description: '{ items: [...], nextCursor }' })
  list(
    @CurrentMembership() membership: Membership,
    @Query() query: ListAuditEventsQueryDto,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<AuditEventList> {
    return this.auditLog.list(membership.orgId, query, window);
  }

  @Get('verify')
  @ApiOperation({
    summary: 'Re-verifies the hash chain and its signed checkpoints; names the first broken seq',
  })
  @ApiOkResponse({ description: '{ valid: true, lastSeq } or { valid: false, brokenAtSeq, reason }' })
  verify(@CurrentMembership() membership: Membership): Promise<AuditVerification> {
    return this.verification.verify(membership.orgId);
  }
}
