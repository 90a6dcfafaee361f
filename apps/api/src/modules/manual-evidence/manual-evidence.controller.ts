import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ControlEvidenceParamsSchema,
  EvidenceParamsSchema,
  type ManualEvidenceList,
  type ManualEvidenceView,
} from '@kushim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
import { ManualEvidenceService } from './manual-evidence.service';
import { readUploadForm } from './multipart-form';
import { UploadLimits } from './upload-limits';

class ControlEvidenceParamsDto extends createZodDto(ControlEvidenceParamsSchema) {}
class EvidenceParamsDto extends createZodDto(EvidenceParamsSchema) {}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('orgs/:orgId')
export class ManualEvidenceController {
  constructor(
    private readonly manualEvidence: ManualEvidenceService,
    private readonly limits: UploadLimits,
  ) {}

  @Post('controls/:controlId/evidence')
  @MinRole('COMPLIANCE_MANAGER')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Upload manual evidence for a control (multipart: `file` — PDF, PNG, JPEG, CSV, TXT or DOCX — and `title`, `activityDate`, optional `description`, `validFrom`, `validUntil`)',
  })
  async upload(
    @Param() params: ControlEvidenceParamsDto,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
    @CurrentMembership() membership: Membership,
    @RequestContext() context: RequestContextValue,
  ): Promise<ManualEvidenceView> {
    const form = await readUploadForm(request, this.limits.maxBytes);
    return this.manualEvidence.upload(membership.orgId, params.controlId, actor, form, context);
  }

  @Get('controls/:controlId/evidence')
  @MinRole('AUDITOR')
  @ApiOperation({ summary: "A control's manual evidence, newest first, with whether each counts today" })
  list(
    @Param() params: ControlEvidenceParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
  ): Promise<ManualEvidenceList> {
    return this.manualEvidence.list(membership.orgId, params.controlId, window);
  }

  @Get('evidence/:evidenceId/file')
  // Viewers see the dashboard, not the evidence itself.
  @MinRole('AUDITOR')
  @ApiOperation({ summary: 'Download a manual upload as uploaded (its SHA-256 in the Repr-Digest header)' })
  async download(
    @Param() params: EvidenceParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowRange | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.manualEvidence.file(membership.orgId, params.evidenceId, window);
    void reply
      .header('content-type', file.mediaType)
      .header(
        'content-disposition',
        `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
    return file.bytes;
  }
}
