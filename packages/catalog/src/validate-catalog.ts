import { CONTROL_AREAS, CONTROL_ID_PATTERN, isControlArea } from './areas';
import { familyOfCriterionId } from './criteria/families';
import {
  CONTROL_FREQUENCIES,
  CONTROL_OWNER_ROLES,
  type Catalog,
  type CatalogControl,
  type CriterionDefinition,
} from './types';

/**
 * Checks a catalog for the mistakes that would corrupt the seed or mislead an auditor. Returns one readable
 * message per problem (empty when the catalog is sound). Pure: no I/O, never throws on bad data.
 */
export function validateCatalog(catalog: Catalog): string[] {
  const frameworkIds = new Set(catalog.frameworks.map((framework) => framework.id));
  const criteriaById = new Map(catalog.criteria.map((criterion) => [criterion.id, criterion]));
  return [
    ...duplicates(
      'framework id',
      catalog.frameworks.map((framework) => framework.id),
    ),
    ...duplicates(
      'criterion id',
      catalog.criteria.map((criterion) => criterion.id),
    ),
    ...duplicates(
      'control id',
      catalog.controls.map((control) => control.id),
    ),
    ...catalog.criteria.flatMap((criterion) => criterionProblems(criterion, frameworkIds)),
    ...sortOrderProblems(catalog),
    ...catalog.controls.flatMap((control) => controlProblems(control, criteriaById)),
    ...coverageProblems(catalog),
  ];
}

function duplicates(kind: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      reported.add(id);
    }
    seen.add(id);
  }
  return [...reported].map((id) => `duplicate ${kind} "${id}"`);
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function criterionProblems(criterion: CriterionDefinition, frameworkIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = `criterion ${criterion.id}`;
  if (!frameworkIds.has(criterion.frameworkId)) {
    problems.push(`${where}: unknown framework "${criterion.frameworkId}"`);
  }
  const expectedFamily = familyOfCriterionId(criterion.id);
  if (expectedFamily === undefined) {
    problems.push(`${where}: id is not a SOC 2 criterion id`);
  } else if (criterion.family !== expectedFamily) {
    problems.push(`${where}: family "${criterion.family}" should be "${expectedFamily}"`);
  }
  if (isBlank(criterion.title)) {
    problems.push(`${where}: title is empty`);
  }
  if (criterion.inScope === false && isBlank(criterion.outOfScopeReason)) {
    problems.push(`${where}: out of scope without a reason`);
  }
  if (criterion.inScope !== false && !isBlank(criterion.outOfScopeReason)) {
    problems.push(`${where}: has an out-of-scope reason but is in scope`);
  }
  return problems;
}

function sortOrderProblems(catalog: Catalog): string[] {
  const criteriaKeys = catalog.criteria.map((criterion) => `${criterion.frameworkId} ${criterion.sortOrder}`);
  const controlKeys = catalog.controls.map((control) => String(control.sortOrder));
  return [
    ...duplicates('criterion sortOrder', criteriaKeys),
    ...duplicates('control sortOrder', controlKeys),
  ];
}

function controlProblems(
  control: CatalogControl,
  criteriaById: ReadonlyMap<string, CriterionDefinition>,
): string[] {
  const where = `control ${control.id}`;
  const problems: string[] = [];
  const area = CONTROL_ID_PATTERN.exec(control.id)?.[1];
  if (area === undefined) {
    problems.push(`${where}: id must look like KSM-<AREA>-<NN>`);
  } else if (!isControlArea(area)) {
    problems.push(`${where}: unknown area "${area}"`);
  } else if (control.category !== CONTROL_AREAS[area]) {
    problems.push(`${where}: category "${control.category}" should be "${CONTROL_AREAS[area]}"`);
  }
  for (const field of ['title', 'description', 'testProcedure'] as const) {
    if (isBlank(control[field])) {
      problems.push(`${where}: ${field} is empty`);
    }
  }
  if (!(CONTROL_FREQUENCIES as readonly string[]).includes(control.frequency)) {
    problems.push(`${where}: unknown frequency "${control.frequency}"`);
  }
  if (!(CONTROL_OWNER_ROLES as readonly string[]).includes(control.defaultOwnerRole)) {
    problems.push(`${where}: defaultOwnerRole "${control.defaultOwnerRole}" is not an owner role`);
  }
  return [...problems, ...mappingProblems(control, criteriaById)];
}

function mappingProblems(
  control: CatalogControl,
  criteriaById: ReadonlyMap<string, CriterionDefinition>,
): string[] {
  const where = `control ${control.id}`;
  if (control.criteria.length === 0) {
    return [`${where}: maps to no criterion`];
  }
  const problems = duplicates(
    `${where}: mapping to criterion`,
    control.criteria.map((m) => m.criterionId),
  );
  for (const mapping of control.criteria) {
    const criterion = criteriaById.get(mapping.criterionId);
    if (!criterion) {
      problems.push(`${where}: maps to unknown criterion "${mapping.criterionId}"`);
    } else if (criterion.inScope === false) {
      problems.push(`${where}: maps to out-of-scope criterion ${mapping.criterionId}`);
    }
    if (isBlank(mapping.rationale)) {
      problems.push(`${where}: mapping to ${mapping.criterionId} has no rationale`);
    }
  }
  return problems;
}

function coverageProblems(catalog: Catalog): string[] {
  const covered = new Set(catalog.controls.flatMap((control) => control.criteria.map((m) => m.criterionId)));
  return catalog.criteria
    .filter((criterion) => criterion.inScope !== false && !covered.has(criterion.id))
    .map((criterion) => `criterion ${criterion.id}: in scope but no control covers it`);
}
