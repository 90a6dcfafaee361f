import { createHash } from 'node:crypto';

/**
 * The label that names one (organization, check) pair in Jira. It is how a retry finds the issue an earlier attempt
 * created before it could record it, so it must never change for a given pair.
 */
export function remediationLabel(orgId: string, checkId: string): string {
  return `kushim-${createHash('sha256').update(`${orgId}:${checkId}`).digest('hex').slice(0, 12)}`;
}

/** The configured labels (Jira refuses spaces in a label) plus the pair's stable one, without duplicates. */
export function issueLabels(configured: readonly string[], stable: string): string[] {
  const cleaned = configured.map((label) => label.trim().replace(/\s+/g, '-')).filter(Boolean);
  return [...new Set([...cleaned, stable])];
}
