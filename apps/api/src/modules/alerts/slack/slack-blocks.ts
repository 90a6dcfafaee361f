/**
 * The few Block Kit blocks Kushim's messages use, as plain JSON-ready data (the outbox stores them as is), and
 * Slack's documented size limits: a block over its limit makes Slack refuse the whole message (`invalid_blocks`),
 * so every builder goes through these helpers, which cut with "…" instead.
 */

export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  contextText: 2000,
  buttonText: 75,
  blocks: 50,
  /** The notification/fallback text; Slack takes up to 40 000 characters but shows only the start. */
  fallbackText: 3000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | {
      type: 'actions';
      elements: { type: 'button'; text: PlainText; url: string; action_id: string; style?: 'primary' }[];
    };

/** A message as `chat.postMessage` and incoming webhooks take it (the outbox payload). */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Cuts `text` to at most `max` characters (code points), ending with "…" when it was cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Slack mrkdwn treats &, < and > as control characters: provider data (resource names, reasons) is escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Lines joined by newlines within `max` characters and at most `maxLines` lines: the lines that fit, then
 * `more(n)` for the n left out. A first line longer than the budget is cut rather than dropped.
 */
export function fitLines(
  lines: readonly string[],
  max: number,
  more: (left: number) => string,
  maxLines = Number.POSITIVE_INFINITY,
): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index;
    const reserve = left > 1 ? more(left - 1).length + 1 : 0;
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (kept.length >= maxLines || (kept.length > 0 && length + added + reserve > max)) {
      kept.push(more(left));
      break;
    }
    kept.push(kept.length === 0 ? truncate(line, Math.max(1, max - reserve)) : line);
    length += added;
  }
  return truncate(kept.join('\n'), max);
}

export const header = (text: string): SlackBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, SLACK_LIMITS.headerText), emoji: true },
});

export const section = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) },
});

export const context = (text: string): SlackBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.contextText) }],
});

export const linkButton = (label: string, url: string, actionId: string): SlackBlock => ({
  type: 'actions',
  elements: [
    {
      type: 'button',
      text: { type: 'plain_text', text: truncate(label, SLACK_LIMITS.buttonText), emoji: true },
      url,
      action_id: actionId,
      style: 'primary',
    },
  ],
});

/**
 * The message with its limits applied: the fallback text cut, and at most 50 blocks — when there are more, the
 * last kept block says how many were left out (the tail blocks, the link and context, are kept).
 */
export function message(text: string, body: SlackBlock[], tail: SlackBlock[] = []): SlackMessage {
  const room = SLACK_LIMITS.blocks - tail.length;
  const blocks =
    body.length <= room
      ? [...body, ...tail]
      : [...body.slice(0, room - 1), section(`_…and ${body.length - (room - 1)} more_`), ...tail];
  return { text: truncate(text, SLACK_LIMITS.fallbackText), blocks };
}
