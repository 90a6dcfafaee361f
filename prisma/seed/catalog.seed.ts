/**
 * Seeds the global catalog (frameworks, criteria, controls and their mappings) from @kushim/catalog.
 * Idempotent: every row is upserted in one transaction, so running it again — or after editing the catalog —
 * converges the database on the data. Mappings and criteria that left the data are deleted; a control that left
 * the data is deleted only if no organization has a ControlStatus for it (org history must survive a catalog edit).
 */
import { catalog, validateCatalog, type Catalog } from '@kushim/catalog';
import type { DbTx, PrismaClient } from '@kushim/db';

// About 350 sequential statements; the default 5 s interactive-transaction timeout is too tight on a slow CI box.
const SEED_TRANSACTION_TIMEOUT_MS = 120_000;

export async function seedCatalog(prisma: PrismaClient, data: Catalog = catalog): Promise<void> {
  const problems = validateCatalog(data);
  if (problems.length > 0) {
    throw new Error(`The catalog is invalid; nothing was seeded:\n- ${problems.join('\n- ')}`);
  }
  await prisma.$transaction(
    async (tx) => {
      await upsertFrameworks(tx, data);
      await upsertCriteria(tx, data);
      await upsertControls(tx, data);
      await syncMappings(tx, data);
      await deleteRetiredRows(tx, data);
    },
    { timeout: SEED_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

async function upsertFrameworks(tx: DbTx, data: Catalog): Promise<void> {
  for (const { id, name, version } of data.frameworks) {
    await tx.framework.upsert({ where: { id }, create: { id, name, version }, update: { name, version } });
  }
}

async function upsertCriteria(tx: DbTx, data: Catalog): Promise<void> {
  for (const criterion of data.criteria) {
    const fields = {
      frameworkId: criterion.frameworkId,
      family: criterion.family,
      title: criterion.title,
      sortOrder: criterion.sortOrder,
      inScope: criterion.inScope !== false,
      outOfScopeReason: criterion.inScope === false ? (criterion.outOfScopeReason ?? null) : null,
    };
    await tx.criterion.upsert({
      where: { id: criterion.id },
      create: { id: criterion.id, ...fields },
      update: fields,
    });
  }
}

async function upsertControls(tx: DbTx, data: Catalog): Promise<void> {
  for (const control of data.controls) {
    const fields = {
      title: control.title,
      description: control.description,
      testProcedure: control.testProcedure,
      frequency: control.frequency,
      defaultOwnerRole: control.defaultOwnerRole,
      category: control.category,
      sortOrder: control.sortOrder,
    };
    await tx.control.upsert({
      where: { id: control.id },
      create: { id: control.id, ...fields },
      update: fields,
    });
  }
}

const mappingKey = (controlId: string, criterionId: string): string => `${controlId}\u0000${criterionId}`;

async function syncMappings(tx: DbTx, data: Catalog): Promise<void> {
  const wanted = new Set<string>();
  for (const control of data.controls) {
    for (const { criterionId, rationale } of control.criteria) {
      wanted.add(mappingKey(control.id, criterionId));
      await tx.controlCriterion.upsert({
        where: { controlId_criterionId: { controlId: control.id, criterionId } },
        create: { controlId: control.id, criterionId, rationale },
        update: { rationale },
      });
    }
  }
  const existing = await tx.controlCriterion.findMany({ select: { controlId: true, criterionId: true } });
  const stale = existing.filter((row) => !wanted.has(mappingKey(row.controlId, row.criterionId)));
  if (stale.length > 0) {
    await tx.controlCriterion.deleteMany({ where: { OR: stale } });
  }
}

async function deleteRetiredRows(tx: DbTx, data: Catalog): Promise<void> {
  // Mappings of retired controls and criteria are already gone (syncMappings), so these deletes cascade to nothing.
  await tx.control.deleteMany({
    where: { id: { notIn: data.controls.map((control) => control.id) }, statuses: { none: {} } },
  });
  const frameworkIds = data.frameworks.map((framework) => framework.id);
  await tx.criterion.deleteMany({
    where: {
      frameworkId: { in: frameworkIds },
      id: { notIn: data.criteria.map((criterion) => criterion.id) },
    },
  });
}
