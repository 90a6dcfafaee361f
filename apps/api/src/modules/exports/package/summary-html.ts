import type { ExportControlStatus, ExportModel } from './export-model';
import { exceptedResources, failingResources } from './result-findings';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value from the model goes through this: text and attribute safe. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STATUS_LABEL: Record<ExportControlStatus, string> = {
  PASSING: 'Passing',
  FAILING: 'Failing',
  NEEDS_EVIDENCE: 'Needs evidence',
  NOT_APPLICABLE: 'Not applicable',
};

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f5}.muted{color:#555}.status{font-weight:600;white-space:nowrap}
.s-FAILING{color:#a40000}.s-PASSING{color:#0a6b2a}.s-NEEDS_EVIDENCE{color:#8a5a00}.s-NOT_APPLICABLE{color:#555}
code{font:12px ui-monospace,monospace;word-break:break-all}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.4rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}.card{border-color:#999}}`;

const e = escapeHtml;
const list = (values: readonly string[]): string =>
  values.length > 0 ? e(values.join(', ')) : '<span class="muted">none</span>';
const table = (headers: readonly string[], rows: readonly string[]): string =>
  `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;

/**
 * `summary.html`: a self-contained, printable report of the package — no scripts, no external assets, status in
 * words (not only colour), every value from the model HTML-escaped.
 */
export function renderSummaryHtml(model: ExportModel): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kushim audit package: ${e(model.organization.name)}</title><style>${STYLE}</style></head>
<body>
<h1>Audit package: ${e(model.organization.name)}</h1>
<p class="muted">Period ${e(model.period.from)} to ${e(model.period.to)} · generated ${e(model.generatedAt)} · export <code>${e(model.exportId)}</code></p>
${cards(model)}
${failingSection(model)}
${controlsSection(model)}
${exceptionsSection(model)}
<h2>How to verify this package</h2>
<p>Nothing in this report needs to be taken on trust. With Node.js 20 and a checkout of Kushim (<code>pnpm install</code>),
run <code>pnpm exec kushim-verify &lt;this ZIP or its unzipped folder&gt; --keys keys.json</code>, where <code>keys.json</code>
is the service's public keys fetched once from <code>GET /api/v1/ledger/keys</code> (without <code>--keys</code> it uses the
package's own <code>keys.json</code>). It checks every file against <code>manifest.json</code>, the audit chain and its
Ed25519-signed checkpoints, that every evidence snapshot and check result is sealed in the chain, and recomputes every
result from its evidence; it prints one line starting with <code>OK</code>, or the first failure. See <code>docs/auditors.md</code>.</p>
</body></html>
`;
}

function cards(model: ExportModel): string {
  const score = model.score
    ? `<div class="card"><span class="muted">SOC 2 score (${e(model.score.day)})</span><b>${model.score.score.toFixed(1)}%</b>${model.score.passing} of ${model.score.applicable} applicable controls passing</div>`
    : '<div class="card"><span class="muted">SOC 2 score</span><b>none</b>no score computed in this period</div>';
  const byStatus = (Object.keys(STATUS_LABEL) as ExportControlStatus[]).map(
    (status) =>
      `<div class="card"><span class="muted">${STATUS_LABEL[status]}</span><b>${model.controls.filter((c) => c.status === status).length}</b>controls</div>`,
  );
  return `<div class="cards">${score}${byStatus.join('')}
<div class="card"><span class="muted">Runs in the period</span><b>${model.runs.length}</b>${model.results.length} check results</div>
<div class="card"><span class="muted">Evidence</span><b>${model.evidence.length}</b>snapshots and uploads</div></div>`;
}

/** The checks whose last result in the period is FAIL, with the resources no exception accepts. */
function failingSection(model: ExportModel): string {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const last = new Map(model.results.map((r) => [r.sealed.checkId, r]));
  const failing = [...last.values()].filter((r) => r.sealed.status === 'FAIL');
  const rows = failing.map((r) => {
    const check = checks.get(r.sealed.checkId);
    const excepted = exceptedResources(r);
    return `<tr><td><code>${e(r.sealed.checkId)}</code><br>${e(check?.title ?? '')}</td><td class="status">${e(check?.severity ?? '')}</td><td>${list(failingResources(r))}${excepted.length > 0 ? `<br><span class="muted">excepted: ${e(excepted.join(', '))}</span>` : ''}</td><td>${list(check?.controls ?? [])}</td><td>${e(check?.remediation ?? '')}</td><td>${e(r.sealed.evaluatedAt)}</td></tr>`;
  });
  return `<h2>Failing checks at the end of the period (${failing.length})</h2>
${failing.length > 0 ? table(['Check', 'Severity', 'Failing resources', 'Controls', 'Remediation', 'Evaluated'], rows) : '<p>No check was failing.</p>'}`;
}

function controlsSection(model: ExportModel): string {
  const rows = model.controls.map(
    (c) =>
      `<tr><td><code>${e(c.id)}</code></td><td>${e(c.title)}</td><td class="status s-${c.status}">${STATUS_LABEL[c.status]}</td><td>${list(c.criteria)}</td><td>${list(c.failingCheckIds)}</td><td>${c.checkIds.length} automated, ${c.manualEvidenceIds.length} manual evidence</td><td>${e(c.ownerEmail ?? '')}</td></tr>`,
  );
  return `<h2>Controls (${model.controls.length})</h2>
${table(['Control', 'Title', 'Status', 'Criteria', 'Failing checks', 'Tested by', 'Owner'], rows)}`;
}

function exceptionsSection(model: ExportModel): string {
  const rows = model.exceptions.map(
    (x) =>
      `<tr><td><code>${e(x.checkId)}</code></td><td>${e(x.resourceId)}</td><td>${e(x.justification)}</td><td>${e(x.approvedBy ?? '')}</td><td>${e(x.createdAt)}</td><td>${e(x.expiresAt)}</td><td>${e(x.revokedAt ?? '')}</td></tr>`,
  );
  return `<h2>Exceptions in force during the period (${model.exceptions.length})</h2>
${model.exceptions.length > 0 ? table(['Check', 'Resource', 'Justification', 'Approved by', 'Created', 'Expires', 'Revoked'], rows) : '<p>No exceptions.</p>'}`;
}
