import { ControlOwnerRoleSchema, type Framework } from '@kushim/contracts';
import type { z } from 'zod';

type ControlOwnerRole = z.infer<typeof ControlOwnerRoleSchema>;

/** A catalog control as the API serves it, with its criteria resolved and a lower-cased search text. */
export interface CatalogControlView {
  id: string;
  title: string;
  description: string;
  testProcedure: string;
  frequency: string;
  category: string;
  defaultOwnerRole: ControlOwnerRole;
  sortOrder: number;
  criteria: ReadonlyArray<{ id: string; title: string; rationale: string }>;
  criterionIds: readonly string[];
  /** id, title and category, lower-cased once so `?q=` does not re-lowercase 90 strings per request. */
  searchText: string;
}

/** The whole catalog, immutable while the process runs, indexed for the controls routes. */
export interface CatalogSnapshot {
  frameworks: readonly Framework[];
  /** In catalog order (sortOrder). */
  controls: readonly CatalogControlView[];
  controlsById: ReadonlyMap<string, CatalogControlView>;
  /** Position of each control in `controls`, for cursor paging. */
  controlIndex: ReadonlyMap<string, number>;
}

/** The rows the catalog repository reads, shaped as the snapshot needs them. */
export interface CatalogRows {
  frameworks: ReadonlyArray<Omit<Framework, 'criteria'> & { criteria: Framework['criteria'] }>;
  controls: ReadonlyArray<{
    id: string;
    title: string;
    description: string;
    testProcedure: string;
    frequency: string;
    category: string;
    defaultOwnerRole: string;
    sortOrder: number;
    criteria: ReadonlyArray<{ criterionId: string; rationale: string; criterion: { title: string } }>;
  }>;
}

export function buildCatalogSnapshot(rows: CatalogRows): CatalogSnapshot {
  const controls = [...rows.controls]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((row): CatalogControlView => ({
      id: row.id,
      title: row.title,
      description: row.description,
      testProcedure: row.testProcedure,
      frequency: row.frequency,
      category: row.category,
      // The seed validates owner roles; a read-only role here means the table was edited by hand.
      defaultOwnerRole: ControlOwnerRoleSchema.parse(row.defaultOwnerRole),
      sortOrder: row.sortOrder,
      criteria: row.criteria.map((m) => ({
        id: m.criterionId,
        title: m.criterion.title,
        rationale: m.rationale,
      })),
      criterionIds: row.criteria.map((m) => m.criterionId),
      searchText: `${row.id}\n${row.title}\n${row.category}`.toLowerCase(),
    }));
  return {
    frameworks: rows.frameworks.map((framework) => ({
      ...framework,
      criteria: [...framework.criteria].sort((a, b) => a.sortOrder - b.sortOrder),
    })),
    controls,
    controlsById: new Map(controls.map((control) => [control.id, control])),
    controlIndex: new Map(controls.map((control, index) => [control.id, index])),
  };
}
