/**
 * Seeds the global catalog (frameworks, criteria, controls and their mappings) from @kushim/catalog.
 * Idempotent: in one transaction it reads what is stored, inserts what is missing, updates what differs, and deletes
 * mappings and criteria that left the data — so re-running it (every `pnpm dev`, every test run) writes nothing when
 * nothing changed. A control that left the data is deleted only if no organization has a ControlStatus for it
 * (organizations' history must survive a catalog edit); otherwise it stays, without mappings.
 */
import { catalog, validateCatalog, type Catalog } from '@kushim/catalog';
import type { DbTx, PrismaClient } from '@kushim/db';

const SEED_TRANSACTION_TIMEOUT_MS = 60_000;

export async function seedCatalog(prisma: PrismaClient, data: Catalog = catalog): Promise<void> {
  const problems = validateCatalog(data);
  if (problems.length > 0) {
    throw new Error(`The catalog is invalid; nothing was seeded:\n- ${problems.join('\n- ')}`);
  }
  await prisma.$transaction(
    async (tx) => {
      await syncFrameworks(tx, data);
      await syncCriteria(tx, data);
      await syncControls(tx, data);
      await syncMappings(tx, data);
      await deleteRetiredRows(tx, data);
    },
    { timeout: SEED_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

/** Rows of `wanted` absent from `stored` (by key), and rows present with a different value in any compared field. */
function diff<Row extends object>(
  stored: readonly Row[],
  wanted: readonly Row[],
  key: (row: Row) => string,
): { missing: Row[]; changed: Row[] } {
  const storedByKey = new Map(stored.map((row) => [key(row), row]));
  const missing: Row[] = [];
  const changed: Row[] = [];
  for (const row of wanted) {
    const current = storedByKey.get(key(row));
    if (!current) {
      missing.push(row);
    } else if ((Object.keys(row) as Array<keyof Row>).some((field) => current[field] !== row[field])) {
      changed.push(row);
    }
  }
  return { missing, changed };
}

const byId = (row: { id: string }): string => row.id;

async function syncFrameworks(tx: DbTx, data: Catalog): Promise<void> {
  const wanted = data.frameworks.map(({ id, name, version }) => ({ id, name, version }));
  const stored = await tx.framework.findMany({ select: { id: true, name: true, version: true } });
  const { missing, changed } = diff(stored, wanted, byId);
  await tx.framework.createMany({ data: missing });
  for (const { id, ...fields } of changed) {
    await tx.framework.update({ where: { id }, data: fields });
  }
}

async function syncCriteria(tx: DbTx, data: Catalog): Promise<void> {
  const wanted = data.criteria.map((criterion) => ({
    id: criterion.id,
    frameworkId: criterion.frameworkId,
    family: criterion.family,
    title: criterion.title,
    sortOrder: criterion.sortOrder,
    inScope: criterion.inScope !== false,
    outOfScopeReason: criterion.inScope === false ? (criterion.outOfScopeReason ?? null) : null,
  }));
  const stored = await tx.criterion.findMany({
    select: {
      id: true,
      frameworkId: true,
      family: true,
      title: true,
      sortOrder: true,
      inScope: true,
      outOfScopeReason: true,
    },
  });
  const { missing, changed } = diff(stored, wanted, byId);
  await tx.criterion.createMany({ data: missing });
  for (const { id, ...fields } of changed) {
    await tx.criterion.update({ where: { id }, data: fields });
  }
}

async function syncControls(tx: DbTx, data: Catalog): Promise<void> {
  const wanted = data.controls.map((control) => ({
    id: control.id,
    title: control.title,
    description: control.description,
    testProcedure: control.testProcedure,
    frequency: control.frequency,
    defaultOwnerRole: control.defaultOwnerRole,
    category: control.category,
    sortOrder: control.sortOrder,
  }));
  const stored = await tx.control.findMany({
    select: {
      id: true,
      title: true,
      description: true,
      testProcedure: true,
      frequency: true,
      defaultOwnerRole: true,
      category: true,
      sortOrder: true,
    },
  });
  const { missing, changed } = diff(stored, wanted, byId);
  await tx.control.createMany({ data: missing });
  for (const { id, ...fields } of changed) {
    await tx.control.update({ where: { id }, data: fields });
  }
}

const mappingKey = (row: { controlId: string; criterionId: string }): string =>
  `${row.controlId}\u0000${row.criterionId}`;

async function syncMappings(tx: DbTx, data: Catalog): Promise<void> {
  const wanted = data.controls.flatMap((control) =>
    control.criteria.map(({ criterionId, rationale }) => ({ controlId: control.id, criterionId, rationale })),
  );
  const stored = await tx.controlCriterion.findMany({
    select: { controlId: true, criterionId: true, rationale: true },
  });
  const { missing, changed } = diff(stored, wanted, mappingKey);
  await tx.controlCriterion.createMany({ data: missing });
  for (const { controlId, criterionId, rationale } of changed) {
    await tx.controlCriterion.update({
      where: { controlId_criterionId: { controlId, criterionId } },
      data: { rationale },
    });
  }
  const wantedKeys = new Set(wanted.map(mappingKey));
  const stale = stored
    .filter((row) => !wantedKeys.has(mappingKey(row)))
    .map(({ controlId, criterionId }) => ({ controlId, criterionId }));
  if (stale.length > 0) {
    await tx.controlCriterion.deleteMany({ where: { OR: stale } });
  }
}

async function deleteRetiredRows(tx: DbTx, data: Catalog): Promise<void> {
  // Mappings of retired controls and criteria are already gone (syncMappings), so these deletes cascade to nothing.
  await tx.control.deleteMany({
    where: { id: { notIn: data.controls.map((control) => control.id) }, statuses: { none: {} } },
  });
  await tx.criterion.deleteMany({
    where: {
      frameworkId: { in: data.frameworks.map((framework) => framework.id) },
      id: { notIn: data.criteria.map((criterion) => criterion.id) },
    },
  });
}
