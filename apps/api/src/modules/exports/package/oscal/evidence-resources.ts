import type { ExportEvidence, ExportModel } from '../export-model';
import { kushimProps, oscalUuid, packageHref, withProps } from './oscal-names';
import type { OscalResource } from './oscal-types';

/** The back-matter resource of one evidence snapshot: its UUID depends on the organization and the snapshot only. */
export const evidenceResourceUuid = (organizationId: string, evidenceId: string): string =>
  oscalUuid(`evidence:${organizationId}:${evidenceId}`);

export const assessmentPlanUuid = (organizationId: string): string =>
  oscalUuid(`assessment-plan:${organizationId}`);

/** What `import-ap` points at: Kushim's automated assessment, described in prose (there is no separate plan file). */
export function assessmentPlanResource(model: ExportModel): OscalResource {
  return {
    uuid: assessmentPlanUuid(model.organization.id),
    title: 'Kushim automated assessment',
    description:
      'Kushim collects evidence from the connected providers with read-only permissions on a schedule and ' +
      'evaluates its catalog of automated checks against it; each check tests the SOC 2 controls it maps to. ' +
      "Every evidence snapshot and every check result is sealed (SHA-256) in the organization's hash chain, " +
      'whose Ed25519-signed checkpoints are in this package; `kushim-verify` re-checks all of it offline and ' +
      'recomputes every result from its evidence.',
    ...withProps(kushimProps([['organization-id', model.organization.id]])),
  };
}

/**
 * One resource per evidence snapshot in the package. The rlink to the record names its `content` member (JSON
 * pointer), which is what the hash covers: SHA-256 of its RFC 8785 canonical form, the value the chain seals. A
 * manual upload adds a second rlink to the uploaded bytes with their own SHA-256.
 */
export function evidenceResource(model: ExportModel, evidence: ExportEvidence): OscalResource {
  const { record } = evidence;
  const manualControls = model.controls
    .filter((c) => c.manualEvidenceIds.includes(record.id))
    .map((c) => c.id);
  const file = record.file;
  return {
    uuid: evidenceResourceUuid(model.organization.id, record.id),
    title: file
      ? `Uploaded evidence: ${uploadTitle(record.content) ?? file.fileName}`
      : `Evidence ${record.kind}`,
    description:
      `${record.kind} ${file ? 'uploaded' : 'collected'} ${record.collectedAt}, record ${evidence.path}; ` +
      `SHA-256 of its content (RFC 8785 canonical JSON) ${record.sha256}` +
      (file ? `; file ${file.path}, ${file.sizeBytes} bytes, SHA-256 ${file.sha256}.` : '.'),
    ...withProps(
      kushimProps([
        ['evidence-id', record.id],
        ['evidence-kind', record.kind],
        ['evidence-sha256', record.sha256],
        ['collected', record.collectedAt],
        ['integration-id', record.integrationId],
        ['run-id', record.runId],
        ...manualControls.map((id) => ['control-id', id] as const),
      ]),
    ),
    rlinks: [
      {
        href: `${packageHref(evidence.path)}#/content`,
        'media-type': 'application/json',
        hashes: [{ algorithm: 'SHA-256', value: record.sha256 }],
      },
      ...(file
        ? [
            {
              href: packageHref(file.path),
              'media-type': file.mediaType.trim() || 'application/octet-stream',
              hashes: [{ algorithm: 'SHA-256' as const, value: file.sha256 }],
            },
          ]
        : []),
    ],
  };
}

function uploadTitle(content: unknown): string | null {
  const title = (content as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : null;
}
