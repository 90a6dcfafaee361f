import type { JsonObject, JsonValue } from '@kushim/ledger';
import type { ExportResult } from './export-model';

/** What the export views show of one stored finding (`StoredFinding` of @kushim/integrations, read from JSON). */
export interface ResultFinding {
  resourceType: string;
  resourceId: string;
  status: 'PASS' | 'FAIL';
  excepted: boolean;
  reason: string;
}

const text = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

/** Reads a sealed result's findings without trusting their shape: a field that is not what it should be reads empty. */
export function resultFindings(result: ExportResult): ResultFinding[] {
  return result.sealed.findings.flatMap((finding) => {
    if (finding === null || typeof finding !== 'object' || Array.isArray(finding)) {
      return [];
    }
    const resource = finding.resource;
    const ref: JsonObject =
      resource !== null && typeof resource === 'object' && !Array.isArray(resource) ? resource : {};
    return [
      {
        resourceType: text(ref.type),
        resourceId: text(ref.id),
        status: finding.status === 'FAIL' ? 'FAIL' : 'PASS',
        excepted: finding.excepted === true,
        reason: text(finding.reason),
      },
    ];
  });
}

/** Resources of failing findings that no exception accepts: what makes the result FAIL. */
export function failingResources(result: ExportResult): string[] {
  return resultFindings(result)
    .filter((f) => f.status === 'FAIL' && !f.excepted)
    .map((f) => f.resourceId);
}

/** Resources of failing findings accepted by an exception. */
export function exceptedResources(result: ExportResult): string[] {
  return resultFindings(result)
    .filter((f) => f.status === 'FAIL' && f.excepted)
    .map((f) => f.resourceId);
}
