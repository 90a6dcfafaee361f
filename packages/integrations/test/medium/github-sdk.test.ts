import { createSandbox, type Sandbox } from '@kushim/sandbox';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/core/check';
import {
  IntegrationAuthError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../src/core/errors';
import { type EvidenceSnapshot, evidenceSet } from '../../src/core/evidence';
import { githubProvider } from '../../src/providers/github';
import type { GithubClient } from '../../src/providers/github/client';
import type {
  GithubOrgMembers,
  GithubBranchProtections,
  GithubRepositories,
} from '../../src/providers/github/evidence';

// GitHub's own OpenAPI description (npm @octokit/openapi), not written here: every sandbox response must match it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec = require('@octokit/openapi/generated/api.github.com.json') as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: unknown;
};

/** OpenAPI 3.0 `nullable: true` → JSON Schema (`type: [t, 'null']`, or `anyOf` with null when there is no type). */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(toJsonSchema);
  }
  if (!node || typeof node !== 'object') {
    return node;
  }
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, toJsonSchema(v)]));
  if (nullable !== true) {
    return converted;
  }
  if (typeof converted.type === 'string') {
    return {
      ...converted,
      type: [converted.type, 'null'],
      ...(Array.isArray(converted.enum) ? { enum: [...(converted.enum as unknown[]), null] } : {}),
    };
  }
  return { anyOf: [converted, { type: 'null' }] };
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
ajv.addSchema({ $id: 'github', components: toJsonSchema(spec.components) });
const validators = new Map<string, ValidateFunction>();

function validatorFor(path: string, method: string, status: number): ValidateFunction | undefined {
  const key = `${method} ${path} ${status}`;
  if (!validators.has(key)) {
    const schema =
      spec.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) {
      return undefined;
    }
    validators.set(
      key,
      ajv.compile(
        JSON.parse(
          JSON.stringify(toJsonSchema(schema)).replaceAll('"#/components/', '"github#/components/'),
        ) as object,
      ),
    );
  }
  return validators.get(key);
}

const templates = Object.keys(spec.paths);
function templateOf(url: string): string {
  if (url.startsWith('/')) {
    return url.replace(/\?.*$/, '');
  }
  const path = new URL(url).pathname.replace(/^\/github/, '');
  const match = templates.find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!match) {
    throw new Error(`no OpenAPI path for ${path}`);
  }
  return match;
}

interface Validation {
  route: string;
  status: number;
  errors: string[];
}

/** Validates every response the official client receives against the operation's response schema. */
function validating(client: GithubClient, log: Validation[]): GithubClient {
  client.hook.after('request', (response, options) => {
    const route = `${options.method.toLowerCase()} ${templateOf(options.url)}`;
    const [method, path] = route.split(' ') as [string, string];
    if (response.status === 204) {
      log.push({
        route,
        status: 204,
        errors: spec.paths[path]?.[method]?.responses['204'] ? [] : ['204 not documented'],
      });
      return;
    }
    const validate = validatorFor(path, method, response.status);
    const valid = validate ? validate(response.data) : false;
    log.push({
      route,
      status: response.status,
      errors: valid
        ? []
        : (validate?.errors ?? [{ message: 'no schema' }]).map(
            (e) => `${'instancePath' in e ? e.instancePath : ''} ${e.message}`,
          ),
    });
  });
  return client;
}

const now = new Date();
const settings = (token: string) => ({
  credentials: { token },
  settings: { org: 'acme-corp', baseUrl: `${sandbox.url}/github` },
});
let sandbox: Sandbox;

async function collectAll(token: string, log: Validation[] = []): Promise<EvidenceSnapshot[]> {
  const { credentials, settings: s } = settings(token);
  const client = validating(githubProvider.createClient(credentials, s), log);
  const results = await Promise.all(
    githubProvider.collectors.map((c) => c.collect(client, { now: () => now, settings: s })),
  );
  return results.flat();
}

function failing(snapshots: EvidenceSnapshot[]): string[] {
  const set = evidenceSet(snapshots);
  return githubProvider.checks
    .map((check) => runCheck(check, set, now))
    .filter((o) => o.status === 'FAIL')
    .map((o) => o.checkId)
    .sort();
}

beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('GitHub through @octokit/rest against the sandbox', () => {
  it("serves every collector route with responses valid against GitHub's OpenAPI description", async () => {
    const log: Validation[] = [];
    await collectAll('sbx_acme_openapi', log);
    const routes = new Set(log.map((l) => `${l.route} ${l.status}`));
    expect([...routes].sort()).toEqual([
      'get /orgs/{org} 200',
      'get /orgs/{org}/members 200',
      'get /orgs/{org}/repos 200',
      'get /repos/{owner}/{repo} 200',
      'get /repos/{owner}/{repo}/branches/{branch}/protection 200',
      'get /repos/{owner}/{repo}/dependabot/alerts 200',
      'get /repos/{owner}/{repo}/pulls 200',
      'get /repos/{owner}/{repo}/rules/branches/{branch} 200',
      'get /repos/{owner}/{repo}/rulesets/{ruleset_id} 200',
      'get /repos/{owner}/{repo}/vulnerability-alerts 204',
    ]);
    expect(log.filter((l) => l.errors.length > 0)).toEqual([]);
    // The validator is not vacuous: an organization without its required fields is rejected.
    expect(validatorFor('/orgs/{org}', 'get', 200)?.({ login: 'acme-corp', id: 1 })).toBe(false);
  });

  it('follows Link-header pagination through octokit.paginate', async () => {
    const log: Validation[] = [];
    const { credentials, settings: s } = settings('sbx_acme_pages');
    const client = validating(githubProvider.createClient(credentials, s), log);
    const members = await client.paginate(client.rest.orgs.listMembers, { org: 'acme-corp', per_page: 10 });
    expect(members).toHaveLength(36);
    expect(new Set(members.map((m) => m.login)).size).toBe(36);
    expect(log).toHaveLength(4);
    expect(log.flatMap((l) => l.errors)).toEqual([]);
  });

  it("collects acme's evidence: 2FA gaps, ruleset-only and classic-only branches, archived repositories skipped", async () => {
    const snapshots = await collectAll('sbx_acme_evidence');
    const byKind = new Map(snapshots.map((s) => [s.kind, s.content]));
    const members = byKind.get('github.org.members') as GithubOrgMembers;
    expect(members.members.filter((m) => !m.twoFactorEnabled).map((m) => m.login)).toEqual([
      'acme-ci-bot',
      'dennis-r',
      'katherine-j',
    ]);
    const repos = byKind.get('github.repos.inventory') as GithubRepositories;
    expect(repos.repositories.map((r) => r.fullName)).toEqual([
      'acme-corp/api',
      'acme-corp/handbook',
      'acme-corp/infra',
      'acme-corp/mobile',
      'acme-corp/web',
    ]);
    const branches = (byKind.get('github.repos.branch-protection') as GithubBranchProtections).branches;
    const api = branches.find((b) => b.repository === 'acme-corp/api');
    expect(api?.classic).toBeNull();
    expect(api?.rules.map((r) => r.type)).toEqual([
      'deletion',
      'non_fast_forward',
      'pull_request',
      'required_status_checks',
    ]);
    // An evaluate-mode ruleset is not enforced, so GitHub does not return its rules for the branch.
    expect(branches.find((b) => b.repository === 'acme-corp/mobile')?.rules).toEqual([]);
    expect(branches.find((b) => b.repository === 'acme-corp/infra')?.rulesets[0]?.bypassActors).toEqual([
      { actorType: 'RepositoryRole', actorId: 5, bypassMode: 'always' },
    ]);
  });

  it('acme fails exactly the designed GitHub checks', async () => {
    expect(failing(await collectAll('sbx_acme_checks'))).toEqual([
      'github.dependabot.no-overdue-critical-alerts',
      'github.org.members-two-factor',
      'github.org.two-factor-required',
      'github.repo.enforce-admins',
      'github.repo.stale-approvals-dismissed',
    ]);
  });

  it('all-pass passes every GitHub check', async () => {
    const set = evidenceSet(await collectAll('sbx_all-pass_checks'));
    const outcomes = githubProvider.checks.map((check) => runCheck(check, set, now));
    expect(outcomes.filter((o) => o.status !== 'PASS').map((o) => `${o.checkId}: ${o.status}`)).toEqual([]);
  });

  it('tests the connection with a live call', async () => {
    const { credentials, settings: s } = settings('sbx_acme_conn');
    expect(await githubProvider.testConnection(githubProvider.createClient(credentials, s), s)).toEqual({
      ok: true,
      message: 'Connected to acme-corp.',
      missingPermissions: [],
    });
    const bad = await githubProvider.testConnection(
      githubProvider.createClient({ token: 'ghp_unknown' }, s),
      s,
    );
    expect(bad.ok).toBe(false);
  });

  it('broken-credentials: the 401 is typed as an auth error', async () => {
    const error = await collectAll('sbx_broken-credentials_1').catch((e: unknown) => e);
    expect(githubProvider.classifyError(error)).toBeInstanceOf(IntegrationAuthError);
  });

  it('rate-limited: the first calls are typed as rate limits with Retry-After, then collection succeeds', async () => {
    const { credentials, settings: s } = settings(`sbx_rate-limited_${Date.now()}`);
    const client = githubProvider.createClient(credentials, s);
    const collector = githubProvider.collectors.find((c) => c.id === 'organization')!;
    const error = await collector.collect(client, { now: () => now, settings: s }).catch((e: unknown) => e);
    const typed = githubProvider.classifyError(error);
    expect(typed).toBeInstanceOf(ProviderRateLimitedError);
    expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(1000);
    const snapshots = await collector.collect(client, { now: () => now, settings: s });
    expect(snapshots.map((x) => x.kind)).toEqual(['github.org.settings', 'github.org.members']);
  });

  it('partial-outage: Dependabot answers 500 (unavailable) and only its check is inconclusive', async () => {
    const { credentials, settings: s } = settings('sbx_partial-outage_1');
    const client = githubProvider.createClient(credentials, s);
    const results = await Promise.allSettled(
      githubProvider.collectors.map((c) => c.collect(client, { now: () => now, settings: s })),
    );
    const rejected = results.flatMap((r, i) =>
      r.status === 'rejected' ? [{ id: githubProvider.collectors[i]!.id, error: r.reason as unknown }] : [],
    );
    expect(rejected.map((r) => r.id)).toEqual(['dependabot']);
    expect(githubProvider.classifyError(rejected[0]!.error)).toBeInstanceOf(ProviderUnavailableError);
    const set = evidenceSet(results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])));
    const inconclusive = githubProvider.checks
      .map((c) => runCheck(c, set, now))
      .filter((o) => o.status === 'INCONCLUSIVE');
    expect(inconclusive.map((o) => o.checkId)).toEqual(['github.dependabot.no-overdue-critical-alerts']);
  });
});
