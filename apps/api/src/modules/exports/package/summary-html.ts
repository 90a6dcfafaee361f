import type { ExportControlStatus, ExportModel } from './export-model';

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

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
.s-FAILING,.s-FAIL{color:#a40000}.s-PASSING,.s-PASS{color:#0a6b2a}.s-NEEDS_EVIDENCE,.s-INCONCLUSIVE{color:#8a5a00}
code{font:12px ui-monospace,monospace;word-break:break-all}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.4rem}
@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}`;

/** `summary.html`: a self-contained, printable report of the package (no scripts, no external assets). */
export function renderSummaryHtml(model: ExportModel): string {
  const e = escapeHtml;
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const counts = (Object.keys(STATUS_LABEL) as ExportControlStatus[]).map(
    (status) => [status, model.controls.filter((c) => c.status === status).length] as const,
  );
  const lastResults = new Map(model.results.map((r) => [r.sealed.checkId, r]));
  const failing = [...lastResults.values()].filter((r) => r.sealed.status === 'FAIL');
  const score = model.score
    ? `<div class="card"><span class="muted">SOC 2 score (${e(model.score.day)})</span><b>${model.score.score.toFixed(1)}</b>${model.score.passing} of ${model.score.applicable} applicable controls passing</div>`
    : '<div class="card"><span class="muted">SOC 2 score</span><b>—</b>No score was computed in this period</div>';
  const controlRows = model.controls
    .map(
      (c) =>
        `<tr><td><code>${e(c.id)}</code></td><td>${e(c.title)}</td><td class="status s-${c.status}">${STATUS_LABEL[c.status]}</td><td>${e(c.criteria.join(', '))}</td><td>${e(c.failingCheckIds.join(', ')) || '<span class="muted">none</span>'}</td><td>${e(c.ownerEmail ?? '')}</td></tr>`,
    )
    .join('\n');
  const failingRows = failing
    .map((r) => {
      const check = checks.get(r.sealed.checkId);
      const resources = (
        r.sealed.findings as { resource?: { id?: string }; status?: string; excepted?: boolean }[]
      )
        .filter((f) => f.status === 'FAIL' && !f.excepted)
        .map((f) => f.resource?.id ?? '');
      return `<tr><td><code>${e(r.sealed.checkId)}</code><br>${e(check?.title ?? '')}</td><td class="status">${e(check?.severity ?? '')}</td><td>${e(resources.join(', '))}</td><td>${e((check?.controls ?? []).join(', '))}</td><td>${e(check?.remediation ?? '')}</td></tr>`;
    })
    .join('\n');
  const exceptionRows = model.exceptions
    .map(
      (x) =>
        `<tr><td><code>${e(x.checkId)}</code></td><td>${e(x.resourceId)}</td><td>${e(x.justification)}</td><td>${e(x.approvedBy ?? '')}</td><td>${e(x.expiresAt)}</td><td>${e(x.revokedAt ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kushim audit package — ${e(model.organization.name)}</title><style>${STYLE}</style></head>
<body>
<h1>Audit package: ${e(model.organization.name)}</h1>
<p class="muted">Period ${e(model.period.from)} → ${e(model.period.to)} · generated ${e(model.generatedAt)} · export <code>${e(model.exportId)}</code></p>
<div class="cards">${score}${counts.map(([status, n]) => `<div class="card"><span class="muted">${STATUS_LABEL[status]}</span><b>${n}</b>controls</div>`).join('')}
<div class="card"><span class="muted">Runs in the period</span><b>${model.runs.length}</b>${model.results.length} check results</div>
<div class="card"><span class="muted">Evidence</span><b>${model.evidence.length}</b>snapshots and uploads</div></div>
<h2>Failing checks at the end of the period (${failing.length})</h2>
${failing.length ? `<table><thead><tr><th>Check</th><th>Severity</th><th>Failing resources</th><th>Controls</th><th>Remediation</th></tr></thead><tbody>${failingRows}</tbody></table>` : '<p>No check was failing.</p>'}
<h2>Controls (${model.controls.length})</h2>
<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Criteria</th><th>Failing checks</th><th>Owner</th></tr></thead><tbody>
${controlRows}
</tbody></table>
<h2>Exceptions in force during the period (${model.exceptions.length})</h2>
${model.exceptions.length ? `<table><thead><tr><th>Check</th><th>Resource</th><th>Justification</th><th>Approved by</th><th>Expires</th><th>Revoked</th></tr></thead><tbody>${exceptionRows}</tbody></table>` : '<p>No exceptions.</p>'}
<h2>How to verify this package</h2>
<p>Nothing in this report needs to be taken on trust. With the Kushim repository checked out (<code>pnpm install</code>), run
<code>pnpm exec kushim-verify &lt;this ZIP or its folder&gt; --keys keys-from-the-service.json</code>. It checks every file
against <code>manifest.json</code>, the audit chain and its Ed25519-signed checkpoints, that every evidence snapshot and
check result is sealed in the chain, and recomputes every result from its evidence. See <code>docs/auditors.md</code>.</p>
</body></html>
`;
}
