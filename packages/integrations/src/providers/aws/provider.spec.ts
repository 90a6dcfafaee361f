import { kushimControls, soc2Criteria } from '@kushim/catalog';
import { describe, expect, it } from 'vitest';
import { Registry } from '../../core/registry';
import { awsProvider } from './index';

describe('awsProvider', () => {
  it('registers without duplicate ids and with every check evidence produced by a collector', () => {
    const registry = new Registry().registerProvider(awsProvider);
    expect(registry.unproducedEvidence()).toEqual([]);
    expect(awsProvider.checks.length).toBeGreaterThanOrEqual(22);
  });

  it('maps every check to existing Kushim controls and SOC 2 criteria', () => {
    const controls = new Set(kushimControls.map((c) => c.id));
    const criteria = new Set(soc2Criteria.map((c) => c.id));
    for (const check of awsProvider.checks) {
      expect(check.id).toMatch(/^aws\.[a-z0-9]+\.[a-z0-9-]+$/);
      expect(
        check.controls.filter((id) => !controls.has(id)),
        check.id,
      ).toEqual([]);
      expect(
        check.criteria.filter((c) => !criteria.has(c.id)),
        check.id,
      ).toEqual([]);
    }
  });

  it('validates credentials and settings, naming the bad field', () => {
    expect(
      awsProvider.credentialSchema.safeParse({ accessKeyId: 'AKIA1', secretAccessKey: 's', externalId: 'x1' })
        .error?.issues[0]?.path,
    ).toEqual(['externalId']);
    expect(awsProvider.settingsSchema.safeParse({ region: 'mars-1' }).error?.issues[0]?.path).toEqual([
      'region',
    ]);
    expect(
      awsProvider.settingsSchema.safeParse({ region: 'eu-west-1', versionedBuckets: ['acme-prod-backups'] })
        .success,
    ).toBe(true);
  });
});
