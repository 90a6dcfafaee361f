import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderExceptionsCsv } from './exceptions-csv';
import { exportModelFixture } from './export-model.fixture';

const model = exportModelFixture();
const csv = renderExceptionsCsv(model);
const rows = parse<Record<string, string>>(csv, { columns: true });

describe('exceptions.csv', () => {
  it('has the header and one row per exception in force during the period', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'exception_id,check_id,resource_id,justification,approved_by,created_at,expires_at,revoked_at',
    );
    expect(rows.map((r) => r.exception_id)).toEqual(model.exceptions.map((x) => x.id));
  });

  it('quotes a justification with a comma, quotes and a line break so it reads back whole', () => {
    expect(csv).toContain('"Break-glass, ""vaulted"";\n<script>alert(1)</script>"');
    expect(rows[0]).toMatchObject({
      check_id: 'aws.iam.user-mfa',
      justification: 'Break-glass, "vaulted";\n<script>alert(1)</script>',
      approved_by: 'cm@example.com',
      revoked_at: '',
    });
  });

  it('neutralises formula-like resource ids and justifications', () => {
    expect(rows[0]!.resource_id).toBe("'=cmd|calc");
    expect(rows[1]!.justification).toBe("'-1 day left: sandbox repository, no production code");
  });

  it('shows a revoked exception with its revocation time and no approver', () => {
    expect(rows[1]).toMatchObject({ approved_by: '', revoked_at: '2026-10-10T09:00:00.000Z' });
  });
});
