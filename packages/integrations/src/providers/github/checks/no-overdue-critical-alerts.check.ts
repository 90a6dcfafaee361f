/**
 * No critical Dependabot alert stays open past its remediation SLA (`remediationSlaDays.critical`, default 7 days).
 * One finding per repository whose alerts were read.
 * Criteria: CC7.1, CC7.4. Evidence: github.dependabot.open-alerts (GET /repos/{o}/{r}/dependabot/alerts?state=open).
 * Permission: Repository › Dependabot alerts: read.
 */
import { defineCheck } from '../../../core/check';
import { criticalSlaDays } from '../remediation-sla';
import { type GithubDependabotAlerts, githubEvidence } from '../evidence';
import { repositoryResource } from './effective-protection';

const dayMs = 86_400_000;

export const noOverdueCriticalAlertsCheck = defineCheck({
  id: 'github.dependabot.no-overdue-critical-alerts',
  provider: 'github',
  title: 'No critical Dependabot alert is open past its SLA',
  severity: 'high',
  controls: ['KSM-VULN-01'],
  criteria: [
    { id: 'CC7.1', rationale: 'Known vulnerabilities are remediated, not only detected.' },
    { id: 'CC7.4', rationale: 'Critical vulnerabilities are handled within the committed time.' },
  ],
  evidence: [githubEvidence.dependabotAlerts],
  remediation:
    'Merge the Dependabot update (or upgrade the dependency) for each overdue alert, or dismiss it with a documented reason.',
  evaluate: ({ evidence, finding, now, settings }) => {
    const slaDays = criticalSlaDays(settings);
    const content = evidence.get<GithubDependabotAlerts>(githubEvidence.dependabotAlerts)?.content;
    return (content?.repositories ?? []).map(({ repository, openAlerts }) => {
      const overdue = openAlerts
        .filter((a) => a.severity === 'critical')
        .map((a) => ({
          ...a,
          ageDays: Math.floor((now.getTime() - new Date(a.createdAt).getTime()) / dayMs),
        }))
        .filter((a) => a.ageDays > slaDays);
      return finding(
        repositoryResource(repository),
        overdue.length === 0,
        overdue.length === 0
          ? `${repository} has no critical alert open longer than ${slaDays} days.`
          : `${repository} has ${overdue.length} critical alert(s) open past ${slaDays} days: ${overdue
              .map((a) => `#${a.number} ${a.packageName} (${a.ageDays} days)`)
              .join(', ')}.`,
      );
    });
  },
});
