import type { Version3Models } from 'jira.js';
import type { StoredFinding } from '@/modules/checks/check-evaluation';

/** Atlassian Document Format: what Jira Cloud's REST v3 takes for descriptions and comments. */
type AdfNode = Omit<Version3Models.Document, 'version'>;
export type AdfDocument = Version3Models.Document;

/** Listed in full up to here; the rest is counted ("and N more"), so a huge failure stays a readable issue. */
export const LISTED_RESOURCES = 20;

/** Jira's limit on an issue summary. */
const SUMMARY_MAX = 255;

const text = (value: string, href?: string): AdfNode => ({
  type: 'text',
  text: value,
  ...(href ? { marks: [{ type: 'link', attrs: { href } }] } : {}),
});
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const heading = (value: string): AdfNode => ({
  type: 'heading',
  attrs: { level: 3 },
  content: [text(value)],
});
const bulletList = (items: AdfNode[][]): AdfNode => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
});
const doc = (...content: AdfNode[]): AdfDocument => ({ type: 'doc', version: 1, content });

/** Up to LISTED_RESOURCES items as a bullet list, then "and N more". */
function limitedList<T>(items: readonly T[], render: (item: T) => AdfNode[]): AdfNode[] {
  const listed = items.slice(0, LISTED_RESOURCES);
  const rest = items.length - listed.length;
  return [bulletList(listed.map(render)), ...(rest > 0 ? [paragraph(text(`and ${rest} more`))] : [])];
}

export interface IssueCheck {
  id: string;
  title: string;
  severity: string;
  remediation: string;
}

export function issueSummary(check: Pick<IssueCheck, 'title'>): string {
  const summary = `[Kushim] ${check.title}`;
  return summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary;
}

/** One line per failing resource (by resource id, several findings of one resource on one line). */
function resourceLines(findings: readonly StoredFinding[]): { label: string; reasons: string }[] {
  const byResource = new Map<string, { label: string; reasons: string[] }>();
  for (const finding of findings) {
    const { id, name } = finding.resource;
    const entry = byResource.get(id) ?? { label: name && name !== id ? `${name} (${id})` : id, reasons: [] };
    if (!entry.reasons.includes(finding.reason)) {
      entry.reasons.push(finding.reason);
    }
    byResource.set(id, entry);
  }
  return [...byResource.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => ({ label: entry.label, reasons: entry.reasons.join(' ') }));
}

/** The new issue's description: what fails and why, how to fix it, and where to see it in Kushim. */
export function issueDescription(
  check: IssueCheck,
  failingFindings: readonly StoredFinding[],
  controls: readonly { id: string; url: string }[],
): AdfDocument {
  const lines = resourceLines(failingFindings);
  return doc(
    paragraph(
      text(`Kushim check ${check.id} (severity ${check.severity}) fails for ${lines.length} resource(s).`),
    ),
    heading('Failing resources'),
    ...limitedList(lines, (line) => [text(`${line.label}: ${line.reasons}`)]),
    heading('Remediation'),
    paragraph(text(check.remediation)),
    heading('Controls'),
    bulletList(controls.map((control) => [text(control.id, control.url)])),
    paragraph(
      text(
        'Kushim comments here when the failing resources change and closes this issue when the check passes.',
      ),
    ),
  );
}

/** The comment when the set of failing resources changed. */
export function resourcesChangedComment(added: readonly string[], removed: readonly string[]): AdfDocument {
  return doc(
    paragraph(text('Kushim: the failing resources changed.')),
    ...(added.length > 0
      ? [paragraph(text(`Now failing (${added.length}):`)), ...limitedList(added, (id) => [text(id)])]
      : []),
    ...(removed.length > 0
      ? [
          paragraph(text(`No longer failing (${removed.length}):`)),
          ...limitedList(removed, (id) => [text(id)]),
        ]
      : []),
  );
}

/** The comment before the issue is moved to done. */
export function passesAgainComment(check: Pick<IssueCheck, 'id' | 'title'>): AdfDocument {
  return doc(paragraph(text(`Kushim: ${check.title} (${check.id}) passes again. Closing this issue.`)));
}

/** The comment on a second issue a concurrent sync created for the same check, before it is closed. */
export function duplicateComment(keptIssueKey: string): AdfDocument {
  return doc(
    paragraph(text(`Kushim: duplicate of ${keptIssueKey}, which tracks this check. Closing this one.`)),
  );
}
