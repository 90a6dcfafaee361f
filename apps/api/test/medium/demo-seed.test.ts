import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../../../scripts/kushim/demo-seed';
import { newOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let apiUrl: string;

beforeAll(async () => {
  ctx = await createPipelineContext();
  await ctx.api.app.listen(0, '127.0.0.1');
  apiUrl = await ctx.api.app.getUrl();
}, 60_000);

afterAll(async () => {
  await ctx?.close();
});

describe('seedDemoOrganization (pnpm demo)', () => {
  it('connects the five sandbox integrations through the public API and runs a sweep with real results', async () => {
    const org = await newOrg(ctx.api.app, 'Acme');
    const seeded = await seedDemoOrganization(apiUrl, ctx.sandbox.url, org.owner.accessToken, org.orgId);
    expect(seeded.connected).toEqual(['aws', 'github', 'okta', 'jira', 'slack']);
    const run = await ctx.completedRun(org, seeded.runId);
    expect(run.results.FAIL).toBe(25);
    expect(
      (await ctx.owner.scoreSnapshot.findFirstOrThrow({ where: { organizationId: org.orgId } })).passing,
    ).toBe(12);

    const again = await seedDemoOrganization(apiUrl, ctx.sandbox.url, org.owner.accessToken, org.orgId);
    expect(again.connected).toEqual([]);
    expect(await ctx.owner.integration.count({ where: { organizationId: org.orgId } })).toBe(5);
    await ctx.completedRun(org, again.runId);
  }, 90_000);
});
