import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportModelFixture, FIXTURE_RUN_1 } from './export-model.fixture';
import { renderResultsCsv } from './results-csv';

const model = exportModelFixture();
const csv = renderResultsCsv(model);
const rows = parse<Record<string, string>>(csv, { columns: true });

describe('results.csv', () => {
  it('starts with the header the verifier and spreadsheets read', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'run_id,check_id,check_title,severity,status,evaluated_at,failing_resources,excepted_resources,evidence_ids,missing_evidence,result_sha256',
    );
  });

  it('has one row per sealed result, in order, with its run, check, status and SHA-256 written raw', () => {
    expect(rows.map((r) => [r.run_id, r.check_id, r.status, r.result_sha256])).toEqual(
      model.results.map((r) => [r.sealed.runId, r.sealed.checkId, r.sealed.status, r.sha256]),
    );
  });

  it('lists failing resources apart from excepted ones, and the evidence read', () => {
    const fail = rows.find((r) => r.run_id === FIXTURE_RUN_1 && r.check_id === 'aws.iam.user-mfa')!;
    expect(fail).toMatchObject({
      check_title: 'IAM users with a console password have MFA, always',
      severity: 'high',
      status: 'FAIL',
      evaluated_at: '2026-10-02T10:00:00.000Z',
      failing_resources: 'alice',
      excepted_resources: "'=cmd|calc",
      evidence_ids: '0193a1b2-0000-7000-8000-000000000e02',
      missing_evidence: '',
    });
    expect(csv).toContain('"IAM users with a console password have MFA, always"');
  });

  it('names the missing evidence of an inconclusive result', () => {
    expect(rows.find((r) => r.status === 'INCONCLUSIVE')).toMatchObject({
      check_id: 'aws.iam.password-policy',
      missing_evidence: 'aws.iam.password-policy',
      evidence_ids: '',
      failing_resources: '',
    });
  });

  it('joins several values of one cell with ";"', () => {
    const model2 = exportModelFixture();
    const result = model2.results[2]!;
    result.sealed.findings.push({
      resource: { type: 'aws-iam-user', id: 'carol' },
      status: 'FAIL',
      excepted: false,
    });
    const row = parse<Record<string, string>>(renderResultsCsv(model2), { columns: true })[2]!;
    expect(row.failing_resources).toBe('alice;carol');
  });

  it('writes only a header for a period without results', () => {
    expect(renderResultsCsv({ ...model, results: [] }).split('\r\n')).toHaveLength(2);
  });
});
