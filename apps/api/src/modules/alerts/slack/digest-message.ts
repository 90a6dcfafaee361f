import type { Severity } from '@kushim/integrations';
import { severityMark } from './control-messages';
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
} from './slack-blocks';

export interface DigestInput {
  /** The organization's local date the digest covers (YYYY-MM-DD). */
  date: string;
  /** The SOC 2 score in percent (passing applicable controls / applicable), null before the first run. */
  score: number | null;
  failingControls: { id: string; title: string; severity: Severity }[];
  /** Failing checks past their remediation SLA. */
  overdueChecks: { id: string; title: string; severity: Severity; daysOverdue: number; dueAt: string }[];
  needsEvidence: number;
  /** The dashboard page listing the failing controls. */
  link: string;
}

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const bySeverity = <T extends { id: string; severity: Severity }>(a: T, b: T) =>
  severityRank[a.severity] - severityRank[b.severity] || a.id.localeCompare(b.id);
const more = (left: number) => `_…and ${left} more_`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The daily digest: how the organization stands, what fails (most severe first), what is past its remediation SLA
 * (longest overdue first), and how many controls wait for evidence.
 */
export function digestMessage(input: DigestInput): SlackMessage {
  const failing = [...input.failingControls].sort(bySeverity);
  const overdue = [...input.overdueChecks].sort((a, b) => b.daysOverdue - a.daysOverdue || bySeverity(a, b));
  const score = input.score === null ? 'no score yet' : `score ${input.score}%`;
  const summary =
    `${plural(failing.length, 'failing control')} · ${plural(overdue.length, 'overdue check')} · ` +
    `${plural(input.needsEvidence, 'control')} needing evidence`;
  const budget = SLACK_LIMITS.sectionText - 40;
  const body = [
    header(`:clipboard: Compliance digest — ${input.date}`),
    section(`*${escapeMrkdwn(score)}* — ${summary}`),
    ...(failing.length > 0
      ? [
          section(
            `*Failing controls*\n${fitLines(
              failing.map(
                (c) => `• ${severityMark[c.severity]} · *${escapeMrkdwn(c.id)}* ${escapeMrkdwn(c.title)}`,
              ),
              budget,
              more,
            )}`,
          ),
        ]
      : [section(':white_check_mark: No control is failing.')]),
    ...(overdue.length > 0
      ? [
          section(
            `*Overdue remediation*\n${fitLines(
              overdue.map(
                (c) =>
                  `• ${severityMark[c.severity]} · ${escapeMrkdwn(c.title)} \`${escapeMrkdwn(c.id)}\` — ` +
                  `${plural(c.daysOverdue, 'day')} overdue (due ${escapeMrkdwn(c.dueAt.slice(0, 10))})`,
              ),
              budget,
              more,
            )}`,
          ),
        ]
      : []),
    ...(input.needsEvidence > 0
      ? [section(`:warning: ${plural(input.needsEvidence, 'control needs', 'controls need')} evidence.`)]
      : []),
  ];
  return message(`Compliance digest ${input.date}: ${score}, ${summary}.`, body, [
    linkButton('Open failing controls', input.link, 'kushim.view-failing'),
    context('Kushim · daily digest'),
  ]);
}
