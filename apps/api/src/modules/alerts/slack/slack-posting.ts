import { LogLevel, WebClient } from '@slack/web-api';
import { IncomingWebhook, type FetchFunction } from '@slack/webhook';
import {
  classifyPostMessageError,
  classifyWebhookError,
  type SlackDeliveryOutcome,
} from './slack-delivery-outcome';
import type { SlackMessage } from './slack-blocks';

/**
 * Bounds one Slack call. The delivery transaction (which holds the organization's outbox lock) is sized from it, so
 * a hung connection fails the attempt instead of the transaction.
 */
export const SLACK_CALL_TIMEOUT_MS = 10_000;

/**
 * `chat.postMessage` with a bot token. The client is built for the outbox, which owns retries: @slack/web-api
 * retries 429s and 5xx on its own by default (and queues rate-limited calls), which would hide attempts from the
 * outbox, wait inside the delivery transaction, and could post a message whose first attempt Slack did accept.
 */
export async function postWithBot(
  bot: { token: string; apiUrl: string | undefined; channel: string },
  payload: SlackMessage,
): Promise<SlackDeliveryOutcome> {
  const client = new WebClient(bot.token, {
    ...(bot.apiUrl ? { slackApiUrl: bot.apiUrl.endsWith('/') ? bot.apiUrl : `${bot.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: SLACK_CALL_TIMEOUT_MS,
    logLevel: LogLevel.ERROR,
  });
  try {
    await client.chat.postMessage({
      channel: bot.channel,
      text: payload.text,
      blocks: payload.blocks,
      unfurl_links: false,
    });
    return { kind: 'sent' };
  } catch (error) {
    return classifyPostMessageError(error, bot.channel);
  }
}

/** An incoming webhook post (@slack/webhook does not retry by default; we keep it that way). */
export async function postToWebhook(url: string, payload: SlackMessage): Promise<SlackDeliveryOutcome> {
  // The library's errors carry the status and body but not Retry-After: read it off the response.
  let retryAfterSeconds: number | null = null;
  const fetchRecordingRetryAfter: FetchFunction = async (input, init) => {
    const response = await fetch(input, init);
    const header = Number(response.headers.get('retry-after'));
    retryAfterSeconds = Number.isFinite(header) && header > 0 ? header : null;
    return response;
  };
  const webhook = new IncomingWebhook(url, {
    timeout: SLACK_CALL_TIMEOUT_MS,
    retryConfig: { retries: 0 },
    fetch: fetchRecordingRetryAfter,
  });
  try {
    await webhook.send({ text: payload.text, blocks: payload.blocks, unfurl_links: false });
    return { kind: 'sent' };
  } catch (error) {
    return classifyWebhookError(error, retryAfterSeconds);
  }
}
