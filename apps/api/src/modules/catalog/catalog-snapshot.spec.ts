import { describe, expect, it } from 'vitest';
import { buildCatalogSnapshot, type CatalogRows } from './catalog-snapshot';

const controlRow = (
  id: string,
  sortOrder: number,
  defaultOwnerRole = 'ADMIN',
): CatalogRows['controls'][number] => ({
  id,
  title: `MFA for ${id}`,
  description: 'd',
  testProcedure: 't',
  frequency: 'continuous',
  category: 'Access control',
  defaultOwnerRole,
  sortOrder,
  criteria: [{ criterionId: 'CC6.1', rationale: 'why', criterion: { title: 'Logical access' } }],
});

const criterion = (id: string, sortOrder: number) => ({
  id,
  family: 'CC6',
  title: id,
  sortOrder,
  inScope: true,
  outOfScopeReason: null,
});

describe('buildCatalogSnapshot', () => {
  it('orders controls and criteria by sortOrder and indexes controls by id and position', () => {
    const snapshot = buildCatalogSnapshot({
      frameworks: [
        { id: 'SOC2', name: 'SOC 2', version: 'v', criteria: [criterion('CC6.2', 2), criterion('CC6.1', 1)] },
      ],
      controls: [controlRow('KSM-AC-02', 2), controlRow('KSM-AC-01', 1)],
    });
    expect(snapshot.controls.map((c) => c.id)).toEqual(['KSM-AC-01', 'KSM-AC-02']);
    expect(snapshot.frameworks[0]?.criteria.map((c) => c.id)).toEqual(['CC6.1', 'CC6.2']);
    expect(snapshot.controlIndex.get('KSM-AC-02')).toBe(1);
    expect(snapshot.controlsById.get('KSM-AC-01')?.criteria).toEqual([
      { id: 'CC6.1', title: 'Logical access', rationale: 'why' },
    ]);
    expect(snapshot.controlsById.get('KSM-AC-01')?.searchText).toContain('mfa for ksm-ac-01');
  });

  it('refuses a control whose default owner is a read-only role', () => {
    expect(() =>
      buildCatalogSnapshot({ frameworks: [], controls: [controlRow('KSM-AC-01', 1, 'VIEWER')] }),
    ).toThrow();
  });
});
