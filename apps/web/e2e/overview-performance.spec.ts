import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { signInThroughUi } from './support/accounts';
import { expect, test } from './support/console-guard';
import { collectedWorkspace } from './support/workspace';

type ApiTiming = {
  endpoint: string;
  startTime: number;
  requestStart: number;
  responseEnd: number;
  apiMs: number;
};

const LOADS = 5;
const EXPECTED = ['checks', 'integrations', 'runs', 'score', 'score/history'];

/**
 * The overview's data on the demo scenario (all five providers, one run): one request per widget, each endpoint
 * once. Browser resource timings of each load (API time per endpoint, the spread of their start times, the wall
 * time of all of them) are written to test-results/overview-api-timings.json for docs/benchmarks.md: measured,
 * never asserted against a time.
 */
test('the overview loads its widgets with one request each', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { account, owner } = await collectedWorkspace(request);
  await signInThroughUi(page, account.email, account.password);
  await expect(page).toHaveURL(/\/orgs$/);
  const loads: ApiTiming[][] = [];
  for (let load = 0; load < LOADS; load += 1) {
    await page.goto(`/orgs/${owner.orgId}`);
    await expect(page.getByTestId('soc2-score')).toHaveText(/%$/);
    await expect(page.getByTestId('last-run')).toContainText('Completed');
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
    const timings = await page.evaluate((orgId) => {
      const prefix = `/api/v1/orgs/${orgId}/`;
      return performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname.startsWith(prefix))
        .map((entry) => ({
          endpoint: new URL(entry.name).pathname.slice(prefix.length),
          startTime: entry.startTime,
          requestStart: entry.requestStart,
          responseEnd: entry.responseEnd,
          apiMs: entry.responseEnd - entry.requestStart,
        }));
    }, owner.orgId);
    const endpoints = timings.map((timing) => timing.endpoint).sort();
    expect(endpoints, 'one request per widget').toEqual(EXPECTED);
    loads.push(timings);
  }
  const out = path.resolve(__dirname, '../test-results');
  mkdirSync(out, { recursive: true });
  const perEndpoint = Object.fromEntries(
    EXPECTED.map((endpoint) => {
      const values = loads
        .map((timings) => timings.find((timing) => timing.endpoint === endpoint)?.apiMs ?? NaN)
        .sort((a, b) => a - b);
      return [endpoint, { medianMs: values[Math.floor(values.length / 2)], maxMs: values.at(-1) }];
    }),
  );
  const wall = loads
    .map(
      (timings) =>
        Math.max(...timings.map((t) => t.responseEnd)) - Math.min(...timings.map((t) => t.startTime)),
    )
    .sort((a, b) => a - b);
  // How far apart the five requests started: near zero when no widget waits for another.
  const spread = loads
    .map(
      (timings) =>
        Math.max(...timings.map((t) => t.startTime)) - Math.min(...timings.map((t) => t.startTime)),
    )
    .sort((a, b) => a - b);
  writeFileSync(
    path.join(out, 'overview-api-timings.json'),
    JSON.stringify(
      {
        loads: LOADS,
        perEndpoint,
        overviewDataWallMs: { median: wall[2], max: wall.at(-1) },
        startSpreadMs: { median: spread[2], max: spread.at(-1) },
      },
      null,
      2,
    ),
  );
});
