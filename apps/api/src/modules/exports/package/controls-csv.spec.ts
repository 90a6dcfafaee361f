import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderControlsCsv } from './controls-csv';
import { exportModelFixture } from './export-model.fixture';

const model = exportModelFixture();
const csv = renderControlsCsv(model);
const rows = parse<Record<string, string>>(csv, { columns: true });

describe('controls.csv', () => {
  it('has the header and one row per control with its status at the end of the period', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'control_id,title,status,criteria,checks,failing_checks,owner,manual_evidence_ids,evaluated_at',
    );
    expect(rows.map((r) => [r.control_id, r.status])).toEqual([
      ['KSM-AC-01', 'FAILING'],
      ['KSM-AC-02', 'NEEDS_EVIDENCE'],
      ['KSM-CM-01', 'PASSING'],
      ['KSM-GV-01', 'PASSING'],
      ['KSM-PR-01', 'NOT_APPLICABLE'],
    ]);
  });

  it('joins criteria, checks and evidence ids with ";" and leaves unknown values empty', () => {
    expect(rows[0]).toMatchObject({
      checks: 'aws.iam.root-mfa;aws.iam.user-mfa',
      failing_checks: 'aws.iam.user-mfa',
      owner: 'ada@example.com',
      evaluated_at: '2026-10-02T10:00:00.000Z',
    });
    expect(rows[3]).toMatchObject({
      criteria: 'CC1.1;CC5.3',
      manual_evidence_ids: '0193a1b2-0000-7000-8000-000000000e05',
    });
    expect(rows[1]).toMatchObject({ owner: '', evaluated_at: '', failing_checks: '' });
  });

  it('neutralises a value a spreadsheet would run as a formula', () => {
    expect(rows[3]!.owner).toBe("'+ceo@example.com");
  });
});
