import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuditExportView } from '@kushim/contracts';
import {
  AuditorMayWrite,
  AuditWindow,
  CurrentActor,
  CurrentMembership,
  MinRole,
  RequestContext,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '@/common/auth';
import { OrgParamsDto } from '../../common/dto/org-params.dto';
import { AuditExportsService, type AuditWindowLimit } from './audit-exports.service';
import { CreateAuditExportDto } from './dto/create-audit-export.dto';

class ExportParamsDto extends createZodDto(
  z.object({ orgId: z.uuid({ message: 'must be a UUID' }), exportId: z.uuid({ message: 'must be a UUID' }) }),
) {}

/**
 * Auditor packages (docs/auditors.md). AUDITOR and COMPLIANCE_MANAGER+ request and download them; a windowed
 * auditor only within the window. VIEWER cannot (the package holds evidence files).
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('orgs/:orgId/exports')
export class AuditExportsController {
  constructor(private readonly exports: AuditExportsService) {}

  @Post()
  @HttpCode(202)
  @MinRole('AUDITOR')
  @AuditorMayWrite()
  @ApiOperation({
    summary: 'Build an auditor package for the period [from, to) → 202; poll GET …/exports/{id}',
  })
  request(
    @Param() _params: OrgParamsDto,
    @Body() body: CreateAuditExportDto,
    @CurrentMembership() membership: Membership,
    @CurrentActor() actor: Actor,
    @AuditWindow() window: AuditWindowLimit | null,
    @RequestContext() context: RequestContextValue,
  ): Promise<AuditExportView> {
    return this.exports.request(membership.orgId, actor, body, window, context);
  }

  @Get()
  @MinRole('AUDITOR')
  @ApiOperation({ summary: 'Exports of this organization, newest first' })
  list(
    @Param() _params: OrgParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowLimit | null,
  ): Promise<{ items: AuditExportView[] }> {
    return this.exports.list(membership.orgId, window);
  }

  @Get(':exportId')
  @MinRole('AUDITOR')
  @ApiOperation({
    summary: 'The ZIP once READY (200, application/zip, Repr-Digest); until then 202 with the export status',
  })
  async download(
    @Param() params: ExportParamsDto,
    @CurrentMembership() membership: Membership,
    @AuditWindow() window: AuditWindowLimit | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditExportView | Buffer> {
    const { view, bytes } = await this.exports.zip(membership.orgId, params.exportId, window);
    if (!bytes || !view.sha256) {
      reply.status(202);
      return view;
    }
    const day = (iso: string): string => iso.slice(0, 10);
    reply
      .header('content-type', 'application/zip')
      .header(
        'content-disposition',
        `attachment; filename="kushim-export-${day(view.period.from)}-${day(view.period.to)}-${view.id.slice(0, 8)}.zip"`,
      )
      .header('repr-digest', `sha-256=:${Buffer.from(view.sha256, 'hex').toString('base64')}:`);
    return bytes;
  }
}
