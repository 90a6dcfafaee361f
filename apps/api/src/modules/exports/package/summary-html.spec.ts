import { describe, expect, it } from 'vitest';
import { exportModelFixture } from './export-model.fixture';
import { escapeHtml, renderSummaryHtml } from './summary-html';

const model = exportModelFixture();
const html = renderSummaryHtml(model);

/** The table row (`<tr>…</tr>`) holding `needle`. */
const rowWith = (needle: string): string => html.split('<tr>').find((row) => row.includes(needle)) ?? '';

describe('summary.html', () => {
  it('shows the organization, the period, the generation time and the score', () => {
    expect(html).toContain('Audit package: Acme, &quot;Inc.&quot; &lt;test&gt;');
    expect(html).toContain('2026-10-01T00:00:00.000Z to 2026-11-01T00:00:00.000Z');
    expect(html).toContain('generated 2026-11-01T00:05:00.000Z');
    expect(html).toContain('<b>50.0%</b>2 of 4 applicable controls passing');
  });

  it('says so when no score was computed in the period', () => {
    expect(renderSummaryHtml({ ...model, score: null })).toContain('no score computed in this period');
  });

  it('counts controls by status', () => {
    expect(html).toContain('<span class="muted">Passing</span><b>2</b>');
    expect(html).toContain('<span class="muted">Failing</span><b>1</b>');
    expect(html).toContain('<span class="muted">Needs evidence</span><b>1</b>');
    expect(html).toContain('<span class="muted">Not applicable</span><b>1</b>');
  });

  it('lists every control with its status in words', () => {
    const words = {
      PASSING: 'Passing',
      FAILING: 'Failing',
      NEEDS_EVIDENCE: 'Needs evidence',
      NOT_APPLICABLE: 'Not applicable',
    };
    for (const control of model.controls) {
      expect(rowWith(`<code>${control.id}</code>`)).toContain(`>${words[control.status]}</td>`);
    }
  });

  it('lists each failing check with its severity, failing resources and control, and the exceptions', () => {
    const failing = rowWith('<code>aws.iam.user-mfa</code><br>');
    expect(failing).toContain('high');
    expect(failing).toContain('<td>alice<br><span class="muted">excepted: =cmd|calc</span>');
    expect(failing).toContain('KSM-AC-01');
    expect(html).toContain('Failing checks at the end of the period (1)');
    expect(html).toContain('Exceptions in force during the period (2)');
  });

  it('escapes every value: a <script> in a justification stays text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Break-glass, &quot;vaulted&quot;;\n&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('is self-contained: no scripts, no external assets, a print stylesheet', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import|https?:\/\//i);
    expect(html).toContain('@media print');
  });

  it('tells the reader how to verify the package with kushim-verify', () => {
    expect(html).toContain('How to verify this package');
    expect(html).toContain('kushim-verify &lt;this ZIP or its unzipped folder&gt;');
  });

  it('renders the same bytes for the same model', () => {
    expect(renderSummaryHtml(exportModelFixture())).toBe(html);
  });
});
