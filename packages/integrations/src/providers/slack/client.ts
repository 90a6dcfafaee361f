import { LogLevel, WebClient } from '@slack/web-api';
import type { SlackCredentials } from './credentials';
import type { SlackSettings } from './settings';

/**
 * Builds the official Slack WebClient. Retries are off and rate-limited calls are rejected (not queued) because the
 * worker owns retry and backoff, honouring Retry-After.
 */
export function createSlackClient(credentials: SlackCredentials, settings: SlackSettings): WebClient {
  return new WebClient(credentials.botToken, {
    ...(settings.apiUrl
      ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` }
      : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
}
