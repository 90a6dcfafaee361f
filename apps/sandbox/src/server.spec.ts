import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioNameFromCredential } from './core/scenario';
import { createSandbox, type Sandbox } from './server';

describe('sandbox server', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('lists the scenarios the tests rely on', async () => {
    const res = await fetch(`${sandbox.url}/_sandbox/health`);
    const body = (await res.json()) as { scenarios: string[] };
    expect(body.scenarios).toEqual([
      'acme',
      'all-pass',
      'broken-credentials',
      'object-storage',
      'partial-outage',
      'rate-limited',
    ]);
  });

  it('records what it receives and clears on request', async () => {
    sandbox.recorder.record('slack', 'chat.postMessage', 'acme', { text: 'hello' });
    const listed = (await (await fetch(`${sandbox.url}/_sandbox/recordings?provider=slack`)).json()) as {
      items: { body: unknown }[];
    };
    expect(listed.items.map((i) => i.body)).toEqual([{ text: 'hello' }]);
    await fetch(`${sandbox.url}/_sandbox/recordings`, { method: 'DELETE' });
    expect(sandbox.recorder.list()).toEqual([]);
  });

  it('reads the scenario from a credential and rejects unknown ones', () => {
    expect(scenarioNameFromCredential('sbx_acme_ABC123')).toBe('acme');
    expect(scenarioNameFromCredential('sbx_partial-outage_x')).toBe('partial-outage');
    expect(scenarioNameFromCredential('ghp_realtoken')).toBeUndefined();
    expect(scenarioNameFromCredential(undefined)).toBeUndefined();
  });
});
