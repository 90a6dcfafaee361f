import type { Severity } from '@kushim/integrations';
import {
  context,
  escapeMrkdwn,
  fitLines,
  header,
  linkButton,
  message,
  section,
  SLACK_LIMITS,
  type SlackMessage,
  truncate,
} from './slack-blocks';

/**
 * Slack messages about one control or check. Inputs are plain data (the transition writer builds them inside its
 * transaction and stores the result in the outbox), each with `link`, the control's page in the dashboard.
 */

export interface ControlRef {
  id: string;
  title: string;
}

export interface FailingResourceInput {
  id: string;
  name: string | null;
  reason: string;
}

export interface FailingCheckInput {
  id: string;
  title: string;
  severity: Severity;
  remediation: string;
  /** Every failing resource; the message shows the first few and counts the rest. */
  resources: FailingResourceInput[];
}

export interface FailingControlInput {
  control: ControlRef;
  /** In the order to show them (most severe first). */
  checks: FailingCheckInput[];
  link: string;
}

export interface RecoveredControlInput {
  control: ControlRef;
  link: string;
}

export interface NeedsEvidenceInput {
  control: ControlRef;
  /** The control's status before: PASSING, FAILING, … */
  from: string;
  link: string;
}

export interface InconclusiveCheckInput {
  check: { id: string; title: string; severity: Severity; remediation: string };
  /** When the check became inconclusive (ISO 8601). */
  since: string;
  missingEvidence: string[];
  link: string;
}

/** Failing resources listed per check; the rest are counted. */
export const RESOURCES_SHOWN = 5;
/** Checks shown in a failing-control message; the rest are counted (keeps the message readable). */
export const CHECKS_SHOWN = 10;

export const severityMark: Record<Severity, string> = {
  critical: ':red_circle: critical',
  high: ':large_orange_circle: high',
  medium: ':large_yellow_circle: medium',
  low: ':white_circle: low',
};

const controlLabel = (control: ControlRef) => `${control.id} ${control.title}`;
const controlMention = (control: ControlRef, link: string) =>
  `*<${link}|${escapeMrkdwn(control.id)}>* ${escapeMrkdwn(control.title)}`;
const viewControl = (link: string) => linkButton('View control', link, 'kushim.view-control');
const footer = (what: string) => context(`Kushim · ${what}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function resourceLine(resource: FailingResourceInput): string {
  const name =
    resource.name && resource.name !== resource.id ? `${resource.name} (${resource.id})` : resource.id;
  return `• \`${escapeMrkdwn(name)}\` — ${escapeMrkdwn(resource.reason)}`;
}

/** One check: title, severity, the first few failing resources with their reason, and how to fix it. */
function checkSection(check: FailingCheckInput) {
  const title = `*${escapeMrkdwn(check.title)}* · \`${escapeMrkdwn(check.id)}\` · ${severityMark[check.severity]}`;
  const remediation = truncate(`*Fix:* ${escapeMrkdwn(check.remediation)}`, 1000);
  // The title and the fix always show; the resources take what is left of the section's 3000 characters.
  const resources = fitLines(
    check.resources.map(resourceLine),
    SLACK_LIMITS.sectionText - title.length - remediation.length - 2,
    (left) => `_…and ${left} more_`,
    RESOURCES_SHOWN,
  );
  return section([title, resources, remediation].filter(Boolean).join('\n'));
}

export function failingControlMessage(input: FailingControlInput): SlackMessage {
  const { control, checks, link } = input;
  const shown = checks.slice(0, CHECKS_SHOWN);
  const hiddenChecks = checks.length - shown.length;
  const text = `Control ${controlLabel(control)} is failing: ${plural(checks.length, 'check')} failing.`;
  const body = [
    header(`:rotating_light: Control failing: ${controlLabel(control)}`),
    section(`${controlMention(control, link)} started failing: ${plural(checks.length, 'check')} failing.`),
    ...shown.map(checkSection),
    ...(hiddenChecks > 0 ? [section(`_…and ${plural(hiddenChecks, 'more failing check')}_`)] : []),
  ];
  return message(text, body, [viewControl(link), footer('a control went from passing to failing')]);
}

export function recoveredControlMessage(input: RecoveredControlInput): SlackMessage {
  const { control, link } = input;
  return message(
    `Control ${controlLabel(control)} passes again.`,
    [
      header(`:white_check_mark: Control passing again: ${controlLabel(control)}`),
      section(`${controlMention(control, link)} passes again: none of its checks fail any more.`),
    ],
    [viewControl(link), footer('a failing control recovered')],
  );
}

export function needsEvidenceMessage(input: NeedsEvidenceInput): SlackMessage {
  const { control, link } = input;
  const before = input.from.toLowerCase().replace(/_/g, ' ');
  return message(
    `Control ${controlLabel(control)} needs evidence.`,
    [
      header(`:warning: Control needs evidence: ${controlLabel(control)}`),
      section(
        `${controlMention(control, link)} was ${escapeMrkdwn(before)} and now needs evidence: a document it ` +
          'relies on lapsed, or a provider stopped reporting. Upload current evidence or reconnect the integration.',
      ),
    ],
    [viewControl(link), footer('a control lost its evidence')],
  );
}

export function inconclusiveCheckMessage(input: InconclusiveCheckInput): SlackMessage {
  const { check, link } = input;
  const missing = input.missingEvidence.map((kind) => `\`${escapeMrkdwn(kind)}\``);
  const evidence = fitLines(
    missing.length > 0 ? [`Missing evidence: ${missing.join(', ')}`] : [],
    SLACK_LIMITS.sectionText - 500,
    (left) => `_…and ${left} more_`,
  );
  return message(
    `Check ${check.title} (${check.id}) has been inconclusive since ${input.since}.`,
    [
      header(`:grey_question: Check inconclusive: ${check.title}`),
      section(
        [
          `*${escapeMrkdwn(check.title)}* · \`${escapeMrkdwn(check.id)}\` · ${severityMark[check.severity]}`,
          `Inconclusive since ${escapeMrkdwn(input.since)}: Kushim cannot tell whether it passes.`,
          evidence,
          'Check the integration’s connection and permissions.',
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    ],
    [viewControl(link), footer('a check has been inconclusive for too long')],
  );
}
