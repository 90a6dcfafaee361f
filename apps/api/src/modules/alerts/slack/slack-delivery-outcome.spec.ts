import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { IncomingWebhookHTTPError, IncomingWebhookRequestError } from '@slack/webhook';
import { describe, expect, it } from 'vitest';
import { classifyPostMessageError, classifyWebhookError } from './slack-delivery-outcome';

const platform = (error: string) => new WebAPIPlatformError({ ok: false, error });

describe('classifyPostMessageError', () => {
  it('honours Retry-After on a 429', () => {
    expect(classifyPostMessageError(new WebAPIRateLimitedError(7), '#alerts')).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 7000,
    });
  });

  it('treats 5xx and unreachable Slack as transient', () => {
    expect(classifyPostMessageError(new WebAPIHTTPError(503, 'Service Unavailable', {}), '#a').kind).toBe(
      'transient',
    );
    expect(classifyPostMessageError(new WebAPIRequestError(new Error('ECONNRESET')), '#a').kind).toBe(
      'transient',
    );
  });

  it('tells what to fix for channel and token problems', () => {
    const channel = classifyPostMessageError(platform('channel_not_found'), '#gone');
    expect(channel).toMatchObject({ kind: 'configuration' });
    expect(channel.kind === 'configuration' && channel.message).toMatch(
      /#gone.*notification settings.*channel_not_found/,
    );
    const member = classifyPostMessageError(platform('not_in_channel'), '#alerts');
    expect(member.kind === 'configuration' && member.message).toMatch(/invite/);
    for (const code of ['invalid_auth', 'account_inactive', 'token_revoked']) {
      expect(classifyPostMessageError(platform(code), '#a').kind).toBe('configuration');
    }
  });

  it('does not retry a message Slack refuses as malformed', () => {
    expect(classifyPostMessageError(platform('invalid_blocks'), '#a').kind).toBe('rejected');
  });
});

describe('classifyWebhookError', () => {
  const http = (status: number, body: string) => new IncomingWebhookHTTPError(status, '', body);

  it('reads a removed webhook as configuration', () => {
    expect(classifyWebhookError(http(404, 'no_service'), null).kind).toBe('configuration');
    expect(classifyWebhookError(http(410, 'channel_is_archived'), null).kind).toBe('configuration');
    expect(classifyWebhookError(http(403, 'invalid_token'), null).kind).toBe('configuration');
  });

  it('honours Retry-After, and retries 5xx and network errors', () => {
    expect(classifyWebhookError(http(429, 'rate_limited'), 3)).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 3000,
    });
    expect(classifyWebhookError(http(500, '<html>'), null).kind).toBe('transient');
    expect(classifyWebhookError(new IncomingWebhookRequestError(new Error('timeout')), null).kind).toBe(
      'transient',
    );
  });

  it('does not retry a payload Slack refuses', () => {
    expect(classifyWebhookError(http(400, 'invalid_payload'), null).kind).toBe('rejected');
  });
});
