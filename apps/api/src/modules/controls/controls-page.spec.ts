import { describe, expect, it } from 'vitest';
import type { CatalogControlView } from '@/modules/catalog/catalog-snapshot';
import { decodeControlsCursor, encodeControlsCursor } from './controls-cursor';
import type { ControlStatusRow } from './control-status.row';
import { pageOfControls } from './controls-page';

function control(id: string, criterionIds: string[], title = `Title of ${id}`): CatalogControlView {
  return {
    id,
    title,
    description: '',
    testProcedure: '',
    frequency: 'continuous',
    category: 'Access control',
    defaultOwnerRole: 'ADMIN',
    sortOrder: 0,
    criteria: criterionIds.map((criterionId) => ({
      id: criterionId,
      title: criterionId,
      rationale: 'because',
    })),
    criterionIds,
    searchText: `${id}\n${title}\naccess control`.toLowerCase(),
  };
}

const controls = [
  control('KSM-AC-01', ['CC6.1', 'CC6.6'], 'MFA everywhere'),
  control('KSM-AC-02', ['CC6.1']),
  control('KSM-AC-03', ['CC6.2']),
  control('KSM-AC-04', ['CC6.2', 'CC6.3']),
];

const evaluatedAt = new Date('2026-11-01T10:00:00.000Z');
const statuses = new Map<string, ControlStatusRow>([
  [
    'KSM-AC-01',
    {
      controlId: 'KSM-AC-01',
      status: 'PASSING',
      ownerUserId: null,
      passingChecks: 3,
      failingChecks: 0,
      evaluatedAt,
    },
  ],
  [
    'KSM-AC-03',
    {
      controlId: 'KSM-AC-03',
      status: 'FAILING',
      ownerUserId: null,
      passingChecks: 1,
      failingChecks: 2,
      evaluatedAt,
    },
  ],
]);

const ids = (page: { items: Array<{ id: string }> }): string[] => page.items.map((item) => item.id);

describe('pageOfControls', () => {
  it('reads a control without a status row as NEEDS_EVIDENCE with no checks and no evaluation time', () => {
    const page = pageOfControls(controls, statuses, { limit: 50 });
    expect(page.items[1]).toMatchObject({
      id: 'KSM-AC-02',
      status: 'NEEDS_EVIDENCE',
      checks: { passing: 0, failing: 0 },
      evaluatedAt: null,
    });
    expect(page.items[0]).toMatchObject({
      status: 'PASSING',
      checks: { passing: 3, failing: 0 },
      evaluatedAt: evaluatedAt.toISOString(),
    });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status, including controls that have never been evaluated', () => {
    expect(ids(pageOfControls(controls, statuses, { limit: 50, status: 'FAILING' }))).toEqual(['KSM-AC-03']);
    expect(ids(pageOfControls(controls, statuses, { limit: 50, status: 'NEEDS_EVIDENCE' }))).toEqual([
      'KSM-AC-02',
      'KSM-AC-04',
    ]);
  });

  it('filters by criterion and by case-insensitive text', () => {
    expect(ids(pageOfControls(controls, statuses, { limit: 50, criterion: 'CC6.2' }))).toEqual([
      'KSM-AC-03',
      'KSM-AC-04',
    ]);
    expect(ids(pageOfControls(controls, statuses, { limit: 50, q: 'mfa' }))).toEqual(['KSM-AC-01']);
    expect(ids(pageOfControls(controls, statuses, { limit: 50, q: 'ksm-ac-04' }))).toEqual(['KSM-AC-04']);
  });

  it('pages through every control exactly once and ends with a null cursor', () => {
    const seen: string[] = [];
    let start = 0;
    for (;;) {
      const page = pageOfControls(controls, statuses, { limit: 3 }, start);
      seen.push(...ids(page));
      if (!page.nextCursor) {
        break;
      }
      const lastId = decodeControlsCursor(page.nextCursor);
      start = controls.findIndex((c) => c.id === lastId) + 1;
    }
    expect(seen).toEqual(controls.map((c) => c.id));
  });

  it('gives no next cursor when the last page is exactly full', () => {
    expect(pageOfControls(controls, statuses, { limit: 4 }).nextCursor).toBeNull();
    expect(pageOfControls(controls, statuses, { limit: 2, criterion: 'CC6.2' }).nextCursor).toBeNull();
  });
});

describe('controls cursor', () => {
  it('round-trips a control id and rejects values it did not produce', () => {
    expect(decodeControlsCursor(encodeControlsCursor('KSM-AC-07'))).toBe('KSM-AC-07');
    expect(decodeControlsCursor('S1NNLUFDLTA3')).toBeUndefined();
  });
});
