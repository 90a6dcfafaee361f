import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { GithubCredentials } from './credentials';
import { defaultGithubApiUrl, type GithubSettings } from './settings';

const KushimOctokit = Octokit.plugin(retry, throttling);
export type GithubClient = InstanceType<typeof KushimOctokit>;

/** Longest Retry-After the SDK waits out itself; longer waits go back to the queue, which honours Retry-After. */
const maxInlineRetryAfterSeconds = 60;

/**
 * The official Octokit REST client with the retry and throttling plugins, pointed at `settings.baseUrl` (GitHub
 * Enterprise Server, the sandbox) or api.github.com. One inline retry for rate limits and 5xx; after that the error
 * propagates so the worker's backoff (which honours Retry-After) takes over.
 */
export function createGithubClient(
  credentials: GithubCredentials,
  settings: Pick<GithubSettings, 'baseUrl'>,
): GithubClient {
  const retryOnce = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 1 && retryAfter <= maxInlineRetryAfterSeconds;
  return new KushimOctokit({
    auth: credentials.token,
    baseUrl: (settings.baseUrl ?? defaultGithubApiUrl).replace(/\/+$/, ''),
    userAgent: 'kushim-compliance',
    // 429 is the throttling plugin's to handle (it reads Retry-After); the retry plugin handles 5xx.
    retry: { retries: 1, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: retryOnce, onSecondaryRateLimit: retryOnce },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  });
}
