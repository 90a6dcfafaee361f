import { describe, expect, it } from 'vitest';
import {
  failingControlMessage,
  inconclusiveCheckMessage,
  needsEvidenceMessage,
  recoveredControlMessage,
  type FailingCheckInput,
} from './control-messages';
import { digestMessage } from './digest-message';
import { SLACK_LIMITS, type SlackMessage } from './slack-blocks';

const link = 'https://kushim.example/orgs/0190/controls/KC-IAM-1';
const control = { id: 'KC-IAM-1', title: 'Privileged access requires MFA' };

const check = (over: Partial<FailingCheckInput> = {}): FailingCheckInput => ({
  id: 'aws.iam.root-mfa',
  title: 'Root account has MFA',
  severity: 'critical',
  remediation: 'Enable MFA on the root user.',
  resources: [{ id: '123456789012', name: 'acme-prod', reason: 'root MFA disabled' }],
  ...over,
});

const texts = (m: SlackMessage) =>
  m.blocks.map((block) => {
    switch (block.type) {
      case 'header':
        return block.text.text;
      case 'section':
        return block.text.text;
      case 'context':
        return block.elements.map((e) => e.text).join(' ');
      case 'actions':
        return block.elements.map((e) => `${e.text.text} ${e.url}`).join(' ');
      case 'divider':
        return '';
      default:
        return block satisfies never;
    }
  });

/** Slack's documented limits: a message over any of them is refused whole. */
function expectWithinSlackLimits(m: SlackMessage) {
  expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const block of m.blocks) {
    if (block.type === 'header') {
      expect(Array.from(block.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    }
    if (block.type === 'section') {
      expect(Array.from(block.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  }
}

describe('failingControlMessage', () => {
  it('names the control, each failing check with its severity, resources with reasons, the fix and a link', () => {
    const m = failingControlMessage({ control, checks: [check()], link });
    expect(m.blocks[0]).toEqual({
      type: 'header',
      text: {
        type: 'plain_text',
        text: ':rotating_light: Control failing: KC-IAM-1 Privileged access requires MFA',
        emoji: true,
      },
    });
    const all = texts(m).join('\n');
    expect(all).toContain('Root account has MFA');
    expect(all).toContain('critical');
    expect(all).toContain('`acme-prod (123456789012)` — root MFA disabled');
    expect(all).toContain('*Fix:* Enable MFA on the root user.');
    expect(m.blocks).toContainEqual(
      expect.objectContaining({ type: 'actions', elements: [expect.objectContaining({ url: link })] }),
    );
    expect(m.text).toBe('Control KC-IAM-1 Privileged access requires MFA is failing: 1 check failing.');
  });

  it('shows the first five failing resources of a check and counts the rest', () => {
    const resources = Array.from({ length: 12 }, (_, i) => ({
      id: `user-${i}`,
      name: null,
      reason: 'no MFA',
    }));
    const all = texts(failingControlMessage({ control, checks: [check({ resources })], link })).join('\n');
    expect(all).toContain('`user-4`');
    expect(all).not.toContain('`user-5`');
    expect(all).toContain('…and 7 more');
  });

  it('escapes provider data that Slack would read as markup', () => {
    const resources = [{ id: 'r1', name: '<!channel> & co', reason: 'a <b>' }];
    const all = texts(failingControlMessage({ control, checks: [check({ resources })], link })).join('\n');
    expect(all).toContain('&lt;!channel&gt; &amp; co');
    expect(all).not.toContain('<!channel>');
  });

  it('stays within Slack limits however large the input', () => {
    const long = 'x'.repeat(5000);
    const checks = Array.from({ length: 80 }, (_, i) =>
      check({
        id: `check-${i}`,
        title: long,
        remediation: long,
        resources: Array.from({ length: 40 }, (_, j) => ({ id: `${long}-${j}`, name: null, reason: long })),
      }),
    );
    const m = failingControlMessage({ control: { id: 'KC-1', title: long }, checks, link });
    expectWithinSlackLimits(m);
    expect(texts(m).join('\n')).toContain('…and 70 more failing checks');
    expect(m.blocks.at(-2)).toMatchObject({ type: 'actions' });
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });
});

describe('the other control messages', () => {
  it('announces a recovery with the link', () => {
    const m = recoveredControlMessage({ control, link });
    expect(m.text).toBe('Control KC-IAM-1 Privileged access requires MFA passes again.');
    expect(texts(m).join('\n')).toContain(link);
  });

  it('says a control needs evidence and what it was before', () => {
    const all = texts(needsEvidenceMessage({ control, from: 'PASSING', link })).join('\n');
    expect(all).toContain('was passing and now needs evidence');
  });

  it('names an inconclusive check, since when, and the evidence it lacks', () => {
    const m = inconclusiveCheckMessage({
      check: { id: 'okta.mfa', title: 'Okta enforces MFA', severity: 'high', remediation: '' },
      since: '2026-11-20T08:00:00.000Z',
      missingEvidence: ['okta.policies'],
      link,
    });
    const all = texts(m).join('\n');
    expect(all).toContain('Inconclusive since 2026-11-20T08:00:00.000Z');
    expect(all).toContain('`okta.policies`');
    expectWithinSlackLimits(m);
  });
});

describe('digestMessage', () => {
  const digest = {
    date: '2026-11-22',
    score: 71.4,
    failingControls: [
      { id: 'KC-B', title: 'Low one', severity: 'low' as const },
      { id: 'KC-A', title: 'Critical one', severity: 'critical' as const },
    ],
    overdueChecks: [
      {
        id: 'aws.s3.public',
        title: 'No public buckets',
        severity: 'high' as const,
        daysOverdue: 3,
        dueAt: '2026-11-19T00:00:00.000Z',
      },
    ],
    needsEvidence: 2,
    link: 'https://kushim.example/orgs/0190/controls?status=FAILING',
  };

  it('lists failing controls most severe first, overdue checks with days overdue, and the evidence count', () => {
    const m = digestMessage(digest);
    const all = texts(m).join('\n');
    expect(all).toContain('Compliance digest — 2026-11-22');
    expect(all).toContain('score 71.4%');
    expect(all.indexOf('KC-A')).toBeLessThan(all.indexOf('KC-B'));
    expect(all).toContain('3 days overdue (due 2026-11-19)');
    expect(all).toContain('2 controls need evidence');
    expect(all).toContain(digest.link);
  });

  it('cuts a long list with a count of what was left out, within Slack limits', () => {
    const failingControls = Array.from({ length: 400 }, (_, i) => ({
      id: `KC-${String(i).padStart(3, '0')}`,
      title: 'A control with a rather long title to fill the section',
      severity: 'high' as const,
    }));
    const m = digestMessage({ ...digest, failingControls });
    expectWithinSlackLimits(m);
    expect(texts(m).join('\n')).toMatch(/…and \d+ more/);
  });
});
