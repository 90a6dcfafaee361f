import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { validateCatalog } from './validate-catalog';

// Written out independently of the data so that a dropped or renamed criterion fails this test.
// prettier-ignore
const SOC2_CRITERION_IDS = [
  'CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5',
  'CC2.1', 'CC2.2', 'CC2.3',
  'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4',
  'CC4.1', 'CC4.2',
  'CC5.1', 'CC5.2', 'CC5.3',
  'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8',
  'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5',
  'CC8.1',
  'CC9.1', 'CC9.2',
  'A1.1', 'A1.2', 'A1.3',
  'C1.1', 'C1.2',
  'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5',
  'P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P4.2', 'P4.3', 'P5.1', 'P5.2',
  'P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7', 'P7.1', 'P8.1',
];

describe('the shipped catalog', () => {
  it('has no problems according to validateCatalog', () => {
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('holds exactly the 61 SOC 2 Trust Services Criteria, in report order', () => {
    expect(SOC2_CRITERION_IDS).toHaveLength(61);
    expect(catalog.criteria.map((criterion) => criterion.id)).toEqual(SOC2_CRITERION_IDS);
    expect(catalog.criteria.every((criterion) => criterion.frameworkId === 'SOC2')).toBe(true);
  });

  it('has unique ids for frameworks, criteria and controls', () => {
    for (const ids of [catalog.frameworks, catalog.criteria, catalog.controls].map((rows) =>
      rows.map((r) => r.id),
    )) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('ships at least 60 controls with KSM-<AREA>-<NN> ids', () => {
    expect(catalog.controls.length).toBeGreaterThanOrEqual(60);
    for (const control of catalog.controls) {
      expect(control.id).toMatch(/^KSM-[A-Z]+-\d{2}$/);
    }
  });

  it('maps every control to at least one existing criterion with a rationale', () => {
    const criterionIds = new Set(SOC2_CRITERION_IDS);
    for (const control of catalog.controls) {
      expect(control.criteria.length, control.id).toBeGreaterThan(0);
      for (const mapping of control.criteria) {
        expect(criterionIds.has(mapping.criterionId), `${control.id} → ${mapping.criterionId}`).toBe(true);
        expect(mapping.rationale.trim(), `${control.id} → ${mapping.criterionId}`).not.toBe('');
      }
    }
  });

  it('covers every criterion with a control or marks it out of scope with a reason', () => {
    const covered = new Set(
      catalog.controls.flatMap((control) => control.criteria.map((m) => m.criterionId)),
    );
    for (const criterion of catalog.criteria) {
      const outOfScopeWithReason =
        criterion.inScope === false && (criterion.outOfScopeReason ?? '').trim() !== '';
      expect(covered.has(criterion.id) || outOfScopeWithReason, criterion.id).toBe(true);
    }
  });

  it('groups criteria into the dashboard families CC1–CC9, A, C, PI and P', () => {
    const families = new Set(catalog.criteria.map((criterion) => criterion.family));
    expect([...families]).toEqual([
      'CC1',
      'CC2',
      'CC3',
      'CC4',
      'CC5',
      'CC6',
      'CC7',
      'CC8',
      'CC9',
      'A',
      'C',
      'PI',
      'P',
    ]);
  });
});
