import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { IncomingWebhookHTTPError, IncomingWebhookRequestError } from '@slack/webhook';

/**
 * What came of one attempt to post a message, and so what the outbox does next:
 * - `sent`: mark it SENT;
 * - `rate-limited`: retry, not sooner than Slack's Retry-After;
 * - `transient`: retry with backoff (5xx, network, timeout);
 * - `configuration`: the settings or the Slack app need a person (channel missing, bot not in it, token revoked,
 *   webhook removed): the message waits, PENDING, with `message` telling what to do;
 * - `rejected`: Slack refuses this message itself (malformed blocks, too long): retrying it can never work.
 */
export type SlackDeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'rate-limited'; retryAfterMs: number; message: string }
  | { kind: 'transient'; message: string }
  | { kind: 'configuration'; message: string }
  | { kind: 'rejected'; message: string };

/** Slack's Retry-After when it gives none (webhooks are limited to about one message per second). */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

const channelErrors: Record<string, string> = {
  channel_not_found:
    'Slack cannot find the channel {channel} (or the bot cannot see it, as with a private channel it is not in): fix the channel in the notification settings or invite the Kushim app to it.',
  not_in_channel:
    'The Kushim app is not a member of {channel}: invite it (/invite @Kushim in the channel), or choose a channel it is in.',
  is_archived:
    'The channel {channel} is archived: unarchive it or choose another channel in the notification settings.',
  restricted_action:
    'The workspace does not let the Kushim app post in {channel}: ask a Slack admin, or choose another channel.',
};

const tokenErrors = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'not_allowed_token_type',
  'ekm_access_denied',
  'team_access_not_granted',
]);

const messageErrors = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_arguments',
  'invalid_attachments',
]);

/** Classifies an error thrown by @slack/web-api's chat.postMessage (the client neither retries nor queues). */
export function classifyPostMessageError(error: unknown, channel: string): SlackDeliveryOutcome {
  if (error instanceof WebAPIRateLimitedError) {
    return {
      kind: 'rate-limited',
      retryAfterMs: Math.max(error.retryAfter * 1000, DEFAULT_RETRY_AFTER_MS),
      message: `Slack rate-limited chat.postMessage (Retry-After ${error.retryAfter} s); retrying.`,
    };
  }
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    const channelError = channelErrors[code];
    if (channelError) {
      return { kind: 'configuration', message: `${channelError.replace('{channel}', channel)} (${code})` };
    }
    if (tokenErrors.has(code)) {
      const needed =
        'needed' in error.data && typeof error.data.needed === 'string' ? ` ${error.data.needed}` : '';
      return {
        kind: 'configuration',
        message:
          code === 'missing_scope'
            ? `The Kushim Slack app lacks the scope${needed || ' chat:write'}: add it and reinstall the app. (${code})`
            : `Slack rejected the bot token of the Slack integration: reinstall the Kushim app and update the token. (${code})`,
      };
    }
    if (messageErrors.has(code)) {
      return {
        kind: 'rejected',
        message: `Slack refused the message itself (${code}); it will not be retried.`,
      };
    }
    return { kind: 'transient', message: `Slack answered ${code}; retrying.` };
  }
  if (error instanceof WebAPIHTTPError) {
    return error.statusCode === 401 || error.statusCode === 403
      ? {
          kind: 'configuration',
          message: `Slack refused the bot token (HTTP ${error.statusCode}): reinstall the Kushim app and update the token.`,
        }
      : { kind: 'transient', message: `Slack answered HTTP ${error.statusCode}; retrying.` };
  }
  if (error instanceof WebAPIRequestError) {
    return {
      kind: 'transient',
      message: `Slack could not be reached (${error.original.message}); retrying.`,
    };
  }
  return { kind: 'transient', message: `Posting to Slack failed (${describe(error)}); retrying.` };
}

/**
 * Classifies an error thrown by @slack/webhook's IncomingWebhook.send. Webhook errors are plain-text bodies with
 * an HTTP status: 404/410 `no_service` (the webhook was removed), 403 `invalid_token`/`action_prohibited`,
 * 404 `channel_not_found`, 410 `channel_is_archived`, 400 `invalid_payload`/`no_text`, 429 and 5xx.
 */
export function classifyWebhookError(error: unknown, retryAfterSeconds: number | null): SlackDeliveryOutcome {
  if (error instanceof IncomingWebhookHTTPError) {
    const status = error.statusCode;
    const body = error.body.trim().slice(0, 100);
    if (status === 429) {
      return {
        kind: 'rate-limited',
        retryAfterMs: Math.max((retryAfterSeconds ?? 0) * 1000, DEFAULT_RETRY_AFTER_MS),
        message: `Slack rate-limited the incoming webhook (Retry-After ${retryAfterSeconds ?? '?'} s); retrying.`,
      };
    }
    if (status >= 500) {
      return { kind: 'transient', message: `Slack's incoming webhook answered HTTP ${status}; retrying.` };
    }
    if (status === 400) {
      return {
        kind: 'rejected',
        message: `Slack refused the message itself (${body}); it will not be retried.`,
      };
    }
    if (status === 403 || status === 404 || status === 410) {
      return {
        kind: 'configuration',
        message:
          body === 'channel_is_archived'
            ? `The incoming webhook's channel is archived: unarchive it or set a new webhook URL in the notification settings. (HTTP ${status} ${body})`
            : `Slack no longer accepts the incoming webhook (removed, revoked or its channel deleted): create a new one and save its URL in the notification settings. (HTTP ${status} ${body})`,
      };
    }
    return {
      kind: 'transient',
      message: `Slack's incoming webhook answered HTTP ${status} (${body}); retrying.`,
    };
  }
  if (error instanceof IncomingWebhookRequestError) {
    return {
      kind: 'transient',
      message: `Slack could not be reached (${error.original.message}); retrying.`,
    };
  }
  return {
    kind: 'transient',
    message: `Posting to the incoming webhook failed (${describe(error)}); retrying.`,
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : 'unknown error');
