import { catalog } from '@kushim/catalog';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRegistry } from './registry';

const registry = createRegistry();
const controlIds = new Set(catalog.controls.map((c) => c.id));
const criterionIds = new Set(catalog.criteria.map((c) => c.id));

describe('the shipped registry', () => {
  it('holds the five providers and at least 50 checks', () => {
    expect(
      registry
        .allProviders()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['aws', 'github', 'jira', 'okta', 'slack']);
    expect(registry.allChecks().length).toBeGreaterThanOrEqual(50);
  });

  it('has a collector for every evidence kind a check needs', () => {
    expect(registry.unproducedEvidence()).toEqual([]);
  });

  it('maps every check to existing Kushim controls and criteria, each criterion with a rationale', () => {
    for (const check of registry.allChecks()) {
      expect(check.controls.length, check.id).toBeGreaterThan(0);
      expect(
        check.controls.filter((id) => !controlIds.has(id)),
        check.id,
      ).toEqual([]);
      expect(check.criteria.length, check.id).toBeGreaterThan(0);
      for (const mapping of check.criteria) {
        expect(criterionIds.has(mapping.id), `${check.id} → ${mapping.id}`).toBe(true);
        expect(mapping.rationale.trim().length, `${check.id} → ${mapping.id}`).toBeGreaterThan(10);
      }
      expect(check.remediation.trim().length, check.id).toBeGreaterThan(10);
    }
  });

  it("names in each control's test procedure only checks that exist and test that control", () => {
    const checkId = /\b(?:aws|github|okta|jira|slack|cross)\.[a-z0-9-]+\.[a-z0-9-]+/g;
    for (const control of catalog.controls) {
      for (const id of control.testProcedure.match(checkId) ?? []) {
        expect(registry.check(id)?.controls, `${control.id} names ${id}`).toContain(control.id);
      }
    }
  });

  it('names checks <provider>.<area>.<what> after their provider', () => {
    for (const check of registry.allChecks()) {
      expect(check.id, check.id).toMatch(/^[a-z]+\.[a-z0-9-]+\.[a-z0-9-]+$/);
      expect(check.id.startsWith(`${check.provider}.`), check.id).toBe(true);
    }
  });

  it('exports every credential schema as JSON Schema for the connect form', () => {
    for (const provider of registry.allProviders()) {
      const schema = z.toJSONSchema(provider.credentialSchema, { io: 'input' });
      expect(schema.type, provider.id).toBe('object');
    }
  });
});
