import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCheck } from './check';
import { defineCollector } from './collector';
import { ProviderUnavailableError } from './errors';
import { defineProvider } from './provider';
import { DuplicateRegistrationError, Registry } from './registry';

const collector = defineCollector<null>({
  id: 'users',
  produces: ['demo.users'],
  permissions: ['users:read'],
  collect: () => Promise.resolve([]),
});

const check = defineCheck({
  id: 'demo.users.mfa',
  provider: 'okta',
  title: 'Users have MFA',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [{ id: 'CC6.1', rationale: 'MFA protects logical access.' }],
  evidence: ['demo.users'],
  remediation: 'Enroll MFA.',
  evaluate: () => [],
});

function provider(id: 'okta' | 'github', checks = [check], collectors = [collector]) {
  return defineProvider({
    id,
    name: id,
    description: '',
    credentialSchema: z.object({}),
    settingsSchema: z.object({}),
    permissions: [],
    createClient: () => null,
    testConnection: () => Promise.resolve({ ok: true, message: '', missingPermissions: [] }),
    collectors,
    checks,
    classifyError: () => new ProviderUnavailableError('x'),
  });
}

describe('Registry', () => {
  it('registers a provider with its collectors and checks', () => {
    const registry = new Registry().registerProvider(provider('okta'));
    expect(registry.check('demo.users.mfa')?.title).toBe('Users have MFA');
    expect(registry.producerOf('demo.users')).toBe('okta:users');
    expect(registry.unproducedEvidence()).toEqual([]);
  });

  it('throws on a provider registered twice', () => {
    const registry = new Registry().registerProvider(provider('okta'));
    expect(() => registry.registerProvider(provider('okta'))).toThrow(DuplicateRegistrationError);
  });

  it('throws on a duplicate check id across providers', () => {
    const other = defineCollector<null>({ ...collector, produces: ['demo.other'] });
    const registry = new Registry().registerProvider(provider('okta'));
    expect(() => registry.registerProvider(provider('github', [check], [other]))).toThrow(
      /check "demo.users.mfa"/,
    );
  });

  it('throws when two collectors produce the same evidence kind', () => {
    const registry = new Registry().registerProvider(provider('okta'));
    expect(() => registry.registerProvider(provider('github', []))).toThrow(/evidence kind "demo.users"/);
  });

  it('reports evidence a check needs that nothing produces', () => {
    const registry = new Registry().registerProvider(
      provider('okta', [{ ...check, evidence: ['demo.missing'] }]),
    );
    expect(registry.unproducedEvidence()).toEqual([{ checkId: 'demo.users.mfa', kind: 'demo.missing' }]);
  });
});
