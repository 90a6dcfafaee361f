import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.CHG;

export const changeManagementControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-CHG-01',
    title: 'Code changes are peer reviewed before merge',
    description:
      'The default branch of every production repository requires a pull request with at least one approval from someone other than the author; stale approvals are dismissed and administrators cannot bypass.',
    testProcedure:
      'Automated checks: github.repo.branch-protection-enabled, github.repo.required-approvals, github.repo.stale-approvals-dismissed, github.repo.force-pushes-blocked, github.repo.enforce-admins, cross.change.approved-before-merge.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC8.1', rationale: 'Changes are approved by a second person before implementation.' },
      { criterionId: 'CC6.3', rationale: 'Enforces separation of duties between author and approver.' },
    ],
  },
  {
    id: 'KSM-CHG-02',
    title: 'Automated tests pass before changes are merged',
    description:
      'Continuous integration runs the test suite, type checks and lint on every pull request, and branch protection requires these status checks to pass.',
    testProcedure: 'Automated checks: github.repo.required-status-checks.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC8.1', rationale: 'Changes are tested before they are approved and deployed.' },
      { criterionId: 'PI1.3', rationale: 'Tests guard the correctness of processing logic.' },
    ],
  },
  {
    id: 'KSM-CHG-03',
    title: 'Deployments go through the pipeline only',
    description:
      'Production deployments run only from the CI/CD pipeline from the protected branch; engineers have no standing write access to production.',
    testProcedure:
      'Manual evidence: deployment environment protection settings, the absence of standing write access to production, and the deployment log for a sample of releases (automated checks planned).',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC8.1', rationale: 'Only approved changes reach production, in a documented way.' },
      { criterionId: 'CC5.2', rationale: 'The pipeline is a technology control over what is deployed.' },
    ],
  },
  {
    id: 'KSM-CHG-04',
    title: 'Emergency changes are approved after the fact',
    description:
      'An emergency change that bypasses normal review is documented in a ticket and approved retrospectively within two business days.',
    testProcedure:
      'Manual evidence: emergency change procedure and the tickets for each emergency change in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC8.1', rationale: 'Even urgent changes end up authorised and documented.' }],
  },
  {
    id: 'KSM-CHG-05',
    title: 'Development, test and production are separated',
    description:
      'Production runs in separate cloud accounts from development and test; production customer data is not copied to non-production environments.',
    testProcedure:
      'Manual evidence: the cloud account structure showing production separated from development and test, and the data handling policy.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC8.1', rationale: 'Changes are developed and tested away from production.' },
      {
        criterionId: 'C1.1',
        rationale: 'Keeps confidential production data out of less protected environments.',
      },
    ],
  },
];
