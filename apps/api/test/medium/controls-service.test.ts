import { BadRequestException, NotFoundException } from '@nestjs/common';
import { catalog } from '@kushim/catalog';
import { ListControlsQuerySchema, type ControlList } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControlsService } from '@/modules/controls/controls.service';
import { createControlsTestContext, type ControlsTestContext } from './controls-test-context';

let ctx: ControlsTestContext;
let controls: ControlsService;
let orgA: OrgId;
let orgB: OrgId;
const evaluatedAt = new Date('2026-11-20T08:00:00.000Z');

const query = (input: Record<string, string> = {}) => ListControlsQuerySchema.parse(input);
const ids = (page: ControlList): string[] => page.items.map((item) => item.id);

beforeAll(async () => {
  ctx = await createControlsTestContext();
  controls = ctx.app.get(ControlsService);
  [orgA, orgB] = [await ctx.newOrg('A'), await ctx.newOrg('B')];
  await ctx.owner.controlStatus.createMany({
    data: [
      { organizationId: orgA, controlId: 'KSM-AC-01', status: 'PASSING', passingChecks: 4, evaluatedAt },
      {
        organizationId: orgA,
        controlId: 'KSM-AC-02',
        status: 'FAILING',
        passingChecks: 1,
        failingChecks: 2,
        evaluatedAt,
      },
      {
        organizationId: orgA,
        controlId: 'KSM-GOV-01',
        status: 'NOT_APPLICABLE',
        applicabilityReason: 'No board yet',
      },
      // Org B's status for the same controls must never leak into A's view (and vice versa).
      { organizationId: orgB, controlId: 'KSM-AC-01', status: 'FAILING', failingChecks: 9, evaluatedAt },
      { organizationId: orgB, controlId: 'KSM-CHG-01', status: 'PASSING', passingChecks: 7, evaluatedAt },
    ],
  });
});

afterAll(async () => {
  await ctx?.owner.organization.deleteMany({ where: { id: { in: [orgA, orgB].filter(Boolean) } } });
  await ctx?.close();
});

describe('ControlsService.list', () => {
  it('lists the first 50 catalog controls in order with the organization status or NEEDS_EVIDENCE', async () => {
    const page = await controls.list(orgA, query());
    expect(ids(page)).toEqual(catalog.controls.slice(0, 50).map((c) => c.id));
    expect(page.nextCursor).not.toBeNull();
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get('KSM-AC-01')).toMatchObject({
      status: 'PASSING',
      checks: { passing: 4, failing: 0 },
      evaluatedAt: evaluatedAt.toISOString(),
      defaultOwnerRole: 'ADMIN',
      criteria: ['CC6.1', 'CC6.6'],
    });
    expect(byId.get('KSM-GOV-02')).toMatchObject({
      status: 'NEEDS_EVIDENCE',
      checks: { passing: 0, failing: 0 },
      evaluatedAt: null,
      ownerUserId: null,
    });
  });

  it('filters by status, criterion and text', async () => {
    expect(ids(await controls.list(orgA, query({ status: 'FAILING' })))).toEqual(['KSM-AC-02']);
    expect(ids(await controls.list(orgA, query({ status: 'NOT_APPLICABLE' })))).toEqual(['KSM-GOV-01']);
    const byCriterion = await controls.list(orgA, query({ criterion: 'CC3.3' }));
    expect(ids(byCriterion)).toEqual(
      catalog.controls.filter((c) => c.criteria.some((m) => m.criterionId === 'CC3.3')).map((c) => c.id),
    );
    const byText = await controls.list(orgA, query({ q: 'penetration' }));
    expect(ids(byText)).toEqual(['KSM-VULN-03']);
  });

  it('pages through every control exactly once with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ControlList = await controls.list(
        orgA,
        query({ limit: '7', ...(cursor ? { cursor } : {}) }),
      );
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(catalog.controls.map((c) => c.id));
  });

  it('rejects a cursor it did not produce with a 400 naming the cursor', async () => {
    await expect(controls.list(orgA, query({ cursor: 'bm90LWEtY3Vyc29y' }))).rejects.toBeInstanceOf(
      BadRequestException,
    );
  });

  it("does not show another organization's control statuses", async () => {
    const inA = (await controls.list(orgA, query({ q: 'KSM-AC-01' }))).items[0];
    const inB = (await controls.list(orgB, query({ q: 'KSM-AC-01' }))).items[0];
    expect(inA).toMatchObject({ status: 'PASSING', checks: { passing: 4, failing: 0 } });
    expect(inB).toMatchObject({ status: 'FAILING', checks: { passing: 0, failing: 9 } });
    expect(ids(await controls.list(orgA, query({ status: 'PASSING' })))).toEqual(['KSM-AC-01']);
    const orgWithNoRows = await ctx.newOrg('C');
    try {
      const page = await controls.list(orgWithNoRows, query({ limit: '200' }));
      expect(page.items.every((item) => item.status === 'NEEDS_EVIDENCE')).toBe(true);
    } finally {
      await ctx.owner.organization.delete({ where: { id: orgWithNoRows } });
    }
  });
});

describe('ControlsService.get', () => {
  it('returns the control with its criteria, rationales and the organization status', async () => {
    const detail = await controls.get(orgA, 'KSM-GOV-01');
    const source = catalog.controls.find((c) => c.id === 'KSM-GOV-01')!;
    expect(detail).toMatchObject({
      id: 'KSM-GOV-01',
      title: source.title,
      testProcedure: source.testProcedure,
      status: 'NOT_APPLICABLE',
      applicabilityReason: 'No board yet',
    });
    const rationales = detail.criteria.map(({ id, rationale }) => ({ criterionId: id, rationale }));
    expect(rationales).toEqual(expect.arrayContaining([...source.criteria]));
    expect(rationales).toHaveLength(source.criteria.length);
    expect(detail.criteria.every((criterion) => criterion.title.length > 0)).toBe(true);
  });

  it('reads NEEDS_EVIDENCE for a control the organization never evaluated', async () => {
    expect(await controls.get(orgB, 'KSM-GOV-01')).toMatchObject({
      status: 'NEEDS_EVIDENCE',
      applicabilityReason: null,
    });
  });

  it('throws NotFound for an unknown control id', async () => {
    await expect(controls.get(orgA, 'KSM-NOPE-01')).rejects.toBeInstanceOf(NotFoundException);
  });
});
