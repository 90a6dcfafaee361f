import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { validateAssessmentResults } from '../../../../test/factories/oscal-validator';
import { renderControlsCsv } from './controls-csv';
import { renderExceptionsCsv } from './exceptions-csv';
import { exportModelFixture } from './export-model.fixture';
import { renderAssessmentResults } from './oscal/assessment-results';
import { renderResultsCsv } from './results-csv';
import { renderSummaryHtml } from './summary-html';

const model = exportModelFixture();
const rows = (csv: string) => parse<Record<string, string>>(csv, { columns: true });

describe('results.csv', () => {
  it('has one row per result with the columns kushim-verify reads', () => {
    const parsed = rows(renderResultsCsv(model));
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toMatchObject({
      check_id: 'aws.iam.user-mfa',
      status: 'FAIL',
      failing_resources: 'alice',
      excepted_resources: "'=cmd|calc",
      result_sha256: model.results[1]!.sha256,
    });
  });
});

describe('exceptions.csv and controls.csv', () => {
  it('quotes commas, quotes and neutralises spreadsheet formulas in free text', () => {
    const csv = renderExceptionsCsv(model);
    expect(csv).toContain('"Break-glass, ""vaulted""; <script>alert(1)</script>"');
    expect(rows(csv)[0]).toMatchObject({ resource_id: "'=cmd|calc", approved_by: 'cm@example.com' });
    expect(rows(renderControlsCsv(model)).map((r) => r.status)).toEqual([
      'FAILING',
      'NEEDS_EVIDENCE',
      'PASSING',
      'NOT_APPLICABLE',
    ]);
  });
});

describe('summary.html', () => {
  it('shows the score and each control with its status in words, and escapes every value', () => {
    const html = renderSummaryHtml(model);
    expect(html).toContain('66.7');
    expect(html).toContain('Needs evidence');
    expect(html).toContain('Acme, &quot;Inc.&quot; &lt;test&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<link|src=|https?:\/\/(?!kushim)/);
  });
});

describe('OSCAL assessment-results', () => {
  it('validates against the NIST OSCAL 1.0.4 schema', () => {
    expect(validateAssessmentResults(renderAssessmentResults(model))).toEqual({ valid: true, errors: [] });
  });

  it('is deterministic and cites every evidence snapshot by SHA-256 in back-matter', () => {
    const document = renderAssessmentResults(model);
    expect(renderAssessmentResults(model)).toEqual(document);
    const text = JSON.stringify(document);
    for (const evidence of model.evidence) {
      expect(text).toContain(`"value":"${evidence.record.sha256}"`);
    }
    const results = (
      document['assessment-results'] as {
        results: { findings?: { target: { status: { state: string } } }[] }[];
      }
    ).results;
    expect(results).toHaveLength(2);
    expect(results[0]!.findings!.map((f) => f.target.status.state)).toEqual(['not-satisfied']);
  });

  it('a document missing a required part does not validate (the validator can fail)', () => {
    const document = renderAssessmentResults(model) as { 'assessment-results': Record<string, unknown> };
    delete document['assessment-results']['import-ap'];
    expect(validateAssessmentResults(document).valid).toBe(false);
  });
});
