import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type SandboxProvider = 'aws' | 'github' | 'okta' | 'jira' | 'slack';

/**
 * Behaviour of a scenario beyond its data (scenarios/<name>/scenario.json):
 * - `rejectCredentials`: every call answers the provider's "bad credentials" error.
 * - `rateLimit`: the first `times` calls per credential and provider answer 429 (or AWS Throttling) with Retry-After.
 * - `outage`: the listed provider areas (e.g. `aws:guardduty`, `github:dependabot`) answer 500.
 * - `dataFrom`: serve another scenario's data files (the failure scenarios reuse `acme`). A provider file of the
 *   scenario's own is added to the origin's: objects merge key by key and lists are appended, so a scenario can be
 *   "all-pass plus one bucket" without copying all-pass.
 */
export interface ScenarioBehaviour {
  description: string;
  dataFrom?: string;
  rejectCredentials?: boolean;
  rateLimit?: { times: number; retryAfterSeconds: number };
  outage?: string[];
}

export interface Scenario {
  name: string;
  behaviour: ScenarioBehaviour;
  /** Provider data as kept in scenarios/<name>/<provider>.json (shape owned by that provider's routes). */
  data: Partial<Record<SandboxProvider, unknown>>;
}

const providers: SandboxProvider[] = ['aws', 'github', 'okta', 'jira', 'slack'];

export function loadScenarios(dir: string): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  for (const name of readdirSync(dir)) {
    const folder = path.join(dir, name);
    const behaviourFile = path.join(folder, 'scenario.json');
    if (!existsSync(behaviourFile)) {
      continue;
    }
    const behaviour = JSON.parse(readFileSync(behaviourFile, 'utf8')) as ScenarioBehaviour;
    const data: Scenario['data'] = {};
    for (const provider of providers) {
      const file = path.join(folder, `${provider}.json`);
      if (existsSync(file)) {
        data[provider] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      }
    }
    scenarios.set(name, { name, behaviour, data });
  }
  for (const scenario of scenarios.values()) {
    const source = scenario.behaviour.dataFrom;
    if (source) {
      const origin = scenarios.get(source);
      if (!origin) {
        throw new Error(`scenario "${scenario.name}" takes its data from unknown scenario "${source}"`);
      }
      scenario.data = Object.fromEntries(
        providers
          .filter((provider) => origin.data[provider] !== undefined || scenario.data[provider] !== undefined)
          .map((provider) => [provider, addedTo(origin.data[provider], scenario.data[provider])]),
      );
    }
  }
  return scenarios;
}

/** `addition` added to `base`: objects merged key by key, lists appended, anything else replaced. */
function addedTo(base: unknown, addition: unknown): unknown {
  if (addition === undefined) {
    return base;
  }
  if (Array.isArray(base) && Array.isArray(addition)) {
    return [...(base as unknown[]), ...(addition as unknown[])];
  }
  if (isRecord(base) && isRecord(addition)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(addition)) {
      merged[key] = addedTo(base[key], value);
    }
    return merged;
  }
  return addition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Credentials name their scenario: `sbx_<scenario>_<anything>` (a token, an AWS access key id, a Jira API token …).
 * Anything else is unknown to the sandbox and is rejected the way the provider rejects bad credentials.
 */
export function scenarioNameFromCredential(credential: string | undefined): string | undefined {
  const match = /^sbx_([a-z0-9-]+)_/.exec(credential ?? '');
  return match?.[1];
}
