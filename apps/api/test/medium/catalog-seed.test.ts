import { catalog, type Catalog } from '@kushim/catalog';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { createTestDatabase, testEnv, type TestDatabase } from '@kushim/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../../prisma/seed/catalog.seed';

// This file edits the catalog tables, so it works in a database of its own rather than the run's shared one.
let database: TestDatabase;
let prisma: PrismaClient;

async function countRows(): Promise<Record<string, number>> {
  const [frameworks, criteria, controls, mappings] = await Promise.all([
    prisma.framework.count(),
    prisma.criterion.count(),
    prisma.control.count(),
    prisma.controlCriterion.count(),
  ]);
  return { frameworks, criteria, controls, mappings };
}

const mappingCount = catalog.controls.reduce((sum, control) => sum + control.criteria.length, 0);

beforeAll(async () => {
  database = await createTestDatabase({ adminUrl: testEnv().databaseUrl });
  prisma = createPrismaClient({ url: database.ownerUrl, poolMax: 2 });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('seedCatalog', () => {
  it('writes the whole catalog and leaves the same rows when run twice', async () => {
    await seedCatalog(prisma);
    const first = await countRows();
    await seedCatalog(prisma);
    expect(await countRows()).toEqual(first);
    expect(first).toEqual({
      frameworks: 1,
      criteria: 61,
      controls: catalog.controls.length,
      mappings: mappingCount,
    });
  });

  it('stores each mapping with its rationale', async () => {
    const control = catalog.controls.find((c) => c.id === 'KSM-AC-01')!;
    const rows = await prisma.controlCriterion.findMany({ where: { controlId: 'KSM-AC-01' } });
    expect(
      rows
        .map(({ criterionId, rationale }) => ({ criterionId, rationale }))
        .sort((a, b) => a.criterionId.localeCompare(b.criterionId)),
    ).toEqual([...control.criteria].sort((a, b) => a.criterionId.localeCompare(b.criterionId)));
  });

  it('updates titles, rationales and criteria that changed in the data', async () => {
    const [first, ...rest] = catalog.controls;
    const [mapping, ...otherMappings] = first!.criteria;
    const edited: Catalog = {
      ...catalog,
      criteria: catalog.criteria.map((c) =>
        c.id === 'CC1.1' ? { ...c, title: 'Edited criterion title' } : c,
      ),
      controls: [
        {
          ...first!,
          title: 'Edited control title',
          criteria: [{ ...mapping!, rationale: 'Edited rationale' }, ...otherMappings],
        },
        ...rest,
      ],
    };
    try {
      await seedCatalog(prisma, edited);
      expect((await prisma.control.findUniqueOrThrow({ where: { id: first!.id } })).title).toBe(
        'Edited control title',
      );
      expect((await prisma.criterion.findUniqueOrThrow({ where: { id: 'CC1.1' } })).title).toBe(
        'Edited criterion title',
      );
      const stored = await prisma.controlCriterion.findUniqueOrThrow({
        where: { controlId_criterionId: { controlId: first!.id, criterionId: mapping!.criterionId } },
      });
      expect(stored.rationale).toBe('Edited rationale');
    } finally {
      await seedCatalog(prisma);
    }
    expect((await prisma.control.findUniqueOrThrow({ where: { id: first!.id } })).title).toBe(first!.title);
  });

  it('deletes mappings that left the data and keeps a retired control that an organization references', async () => {
    const retired = catalog.controls[0]!;
    const unreferenced = catalog.controls[1]!;
    const organization = await prisma.organization.create({ data: { name: 'Seed test org' } });
    await prisma.controlStatus.create({ data: { organizationId: organization.id, controlId: retired.id } });
    const edited: Catalog = {
      ...catalog,
      controls: catalog.controls.filter((c) => c.id !== retired.id && c.id !== unreferenced.id),
    };
    // The two removed controls may be the only cover of a criterion; keep the edited catalog valid.
    const uncovered = new Set([...retired.criteria, ...unreferenced.criteria].map((m) => m.criterionId));
    for (const control of edited.controls) {
      for (const mapping of control.criteria) {
        uncovered.delete(mapping.criterionId);
      }
    }
    const editedCatalog: Catalog = {
      ...edited,
      criteria: catalog.criteria.map((criterion) =>
        uncovered.has(criterion.id)
          ? { ...criterion, inScope: false, outOfScopeReason: 'temporarily uncovered in this test' }
          : criterion,
      ),
    };

    try {
      await seedCatalog(prisma, editedCatalog);
      expect(await prisma.control.findUnique({ where: { id: retired.id } })).not.toBeNull();
      expect(await prisma.control.findUnique({ where: { id: unreferenced.id } })).toBeNull();
      expect(
        await prisma.controlCriterion.count({ where: { controlId: { in: [retired.id, unreferenced.id] } } }),
      ).toBe(0);
      expect(await prisma.controlStatus.count({ where: { organizationId: organization.id } })).toBe(1);
    } finally {
      await seedCatalog(prisma);
      await prisma.organization.delete({ where: { id: organization.id } });
    }
    expect((await countRows()).mappings).toBe(mappingCount);
  });

  it('refuses an invalid catalog without writing anything', async () => {
    const before = await countRows();
    const invalid: Catalog = { ...catalog, controls: [{ ...catalog.controls[0]!, criteria: [] }] };
    await expect(seedCatalog(prisma, invalid)).rejects.toThrow(/maps to no criterion/);
    expect(await countRows()).toEqual(before);
  });
});
