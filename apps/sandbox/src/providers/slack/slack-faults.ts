import type { SandboxContext } from '../../core/context';

/** Where a scripted Slack fault applies: the Web API's chat.postMessage or incoming webhooks. */
export const slackFaultTargets = ['slack.chat.postMessage', 'slack.webhook'] as const;
export type SlackFaultTarget = (typeof slackFaultTargets)[number];

export interface SlackFault {
  target: SlackFaultTarget;
  status: 429 | 500 | 503;
  /** How many calls fail before Slack answers normally again; absent = until the fault is removed. */
  times?: number;
  /** Retry-After (seconds) on 429s; Slack sends one with every rate-limited answer. */
  retryAfterSeconds: number;
}

/**
 * Runtime fault injection for Slack posting, so a test can script an outage ("429 twice, then fine", "500 until
 * told otherwise") while the product keeps its real settings. Scenario behaviours (scenario.json) are fixed per
 * scenario; these are set and cleared through `PUT|DELETE /_sandbox/faults`.
 */
export class SlackFaults {
  private readonly faults = new Map<SlackFaultTarget, { fault: SlackFault; left: number }>();

  set(fault: SlackFault): void {
    this.faults.set(fault.target, { fault, left: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults.clear();
  }

  list(): (SlackFault & { left: number | null })[] {
    return [...this.faults.values()].map(({ fault, left }) => ({
      ...fault,
      left: Number.isFinite(left) ? left : null,
    }));
  }

  /** The fault this call gets, if any (counting it against `times`). */
  take(target: SlackFaultTarget): SlackFault | undefined {
    const entry = this.faults.get(target);
    if (!entry || entry.left <= 0) {
      return undefined;
    }
    entry.left -= 1;
    return entry.fault;
  }
}

// One fault table per sandbox instance (tests may run several sandboxes in one process).
const perSandbox = new WeakMap<SandboxContext, SlackFaults>();

export function slackFaultsOf(context: SandboxContext): SlackFaults {
  let faults = perSandbox.get(context);
  if (!faults) {
    faults = new SlackFaults();
    perSandbox.set(context, faults);
  }
  return faults;
}

/** Parses a `PUT /_sandbox/faults` body; returns an error message for a bad one. */
export function parseSlackFault(body: unknown): SlackFault | string {
  const input = (body ?? {}) as Record<string, unknown>;
  const target = input.target;
  if (!slackFaultTargets.includes(target as SlackFaultTarget)) {
    return `target must be one of ${slackFaultTargets.join(', ')}`;
  }
  if (input.status !== 429 && input.status !== 500 && input.status !== 503) {
    return 'status must be 429, 500 or 503';
  }
  const times = input.times;
  if (times !== undefined && !(Number.isInteger(times) && (times as number) > 0)) {
    return 'times must be a positive integer';
  }
  const retryAfter = input.retryAfterSeconds ?? 1;
  if (!(Number.isInteger(retryAfter) && (retryAfter as number) >= 0)) {
    return 'retryAfterSeconds must be a non-negative integer';
  }
  return {
    target: target as SlackFaultTarget,
    status: input.status,
    ...(times !== undefined ? { times: times as number } : {}),
    retryAfterSeconds: retryAfter as number,
  };
}

/** Slack's 500/503 page: HTML, not JSON, as Slack's edge serves it during an incident. */
export const slackOutagePage = (status: number) =>
  `<!DOCTYPE html><html><head><title>Slack</title></head><body><h1>${status === 503 ? 'Service Unavailable' : 'Internal Server Error'}</h1><p>Slack is having trouble right now. Please try again in a few moments.</p></body></html>`;
