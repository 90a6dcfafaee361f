import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.AC;

export const accessControlControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-AC-01',
    title: 'Multi-factor authentication is required for workforce accounts',
    description:
      'The identity provider enforces MFA for every user and application sign-in, and the source code organization requires two-factor authentication for all members.',
    testProcedure:
      'Automated checks: aws.iam.root-mfa, aws.iam.console-users-mfa, github.org.two-factor-required, github.org.members-two-factor, okta.policy.mfa-required, okta.users.mfa-enrolled, slack.users.two-factor.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.1', rationale: 'MFA is a core logical access safeguard for protected assets.' },
      { criterionId: 'CC6.6', rationale: 'MFA blocks stolen-password access from outside the boundary.' },
    ],
  },
  {
    id: 'KSM-AC-02',
    title: 'Cloud root accounts are locked down',
    description:
      'Each cloud root or break-glass account has hardware MFA, no access keys, and is used only in documented emergencies.',
    testProcedure: 'Automated checks: aws.iam.root-mfa, aws.iam.root-no-access-keys.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.1', rationale: 'Protects the most privileged credential in the environment.' },
      { criterionId: 'CC6.3', rationale: 'Keeps unrestricted privilege out of day-to-day use.' },
    ],
  },
  {
    id: 'KSM-AC-03',
    title: 'Access is granted only on an approved request',
    description:
      'Access to production systems, customer data and administrative tools is requested through a ticket and approved by the system owner before it is provisioned.',
    testProcedure:
      'Manual evidence: for a sample of access grants in the period (from the identity provider and GitHub membership listings), the approved request ticket dated before the grant.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.2', rationale: 'Users are authorised before credentials are issued.' },
      { criterionId: 'CC6.3', rationale: 'Approvals check the requested access against the role.' },
    ],
  },
  {
    id: 'KSM-AC-04',
    title: 'Access is removed promptly when people leave',
    description:
      'When someone leaves, their identity provider account is deactivated within one business day, which ends single sign-on access; direct accounts (source code, cloud) are removed in the same window.',
    testProcedure:
      'Automated checks: aws.iam.unused-credentials-disabled, cross.offboarding.okta-deactivated-in-github, cross.offboarding.okta-deactivated-in-slack, cross.offboarding.okta-deactivated-in-aws.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.2', rationale: 'Credentials are removed when access is no longer authorised.' },
      { criterionId: 'CC6.3', rationale: 'Access is revoked as roles end.' },
    ],
  },
  {
    id: 'KSM-AC-05',
    title: 'User access is reviewed quarterly',
    description:
      'System owners review every account and permission on production systems, the identity provider and the source code organization each quarter; inappropriate access is removed and the review is signed off.',
    testProcedure:
      'Manual evidence: the signed access review for each quarter with the account listings reviewed and tickets for removals.',
    frequency: 'quarterly',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC6.2', rationale: 'Finds accounts that should have been removed.' },
      { criterionId: 'CC6.3', rationale: 'Confirms permissions still match least privilege for each role.' },
      { criterionId: 'CC4.1', rationale: 'A periodic separate evaluation of the access controls.' },
    ],
  },
  {
    id: 'KSM-AC-06',
    title: 'Permissions are assigned through roles, with least privilege',
    description:
      'Cloud and application permissions are granted through groups or roles, not directly to users; no user holds full administrator rights outside the break-glass role.',
    testProcedure:
      'Automated checks: aws.iam.no-full-admin-policy-attached, github.org.default-repository-permission.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.3',
        rationale: 'Role-based access enforces least privilege and separation of duties.',
      },
    ],
  },
  {
    id: 'KSM-AC-07',
    title: 'Privileged accounts are limited and justified',
    description:
      'The number of administrators in the identity provider, the source code organization and the cloud accounts is kept small, each with a documented justification.',
    testProcedure:
      'Automated checks: aws.iam.no-full-admin-policy-attached, okta.roles.super-admins-limited, slack.users.admins-limited; manual evidence of the justification for each administrator.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.3', rationale: 'Restricts privileged access to those who need it.' },
      { criterionId: 'CC6.1', rationale: 'Fewer privileged accounts shrink the attack surface.' },
    ],
  },
  {
    id: 'KSM-AC-08',
    title: 'Accounts are unique and inactive accounts are disabled',
    description:
      'Every person uses their own named account (no shared logins); accounts unused for 90 days are disabled.',
    testProcedure:
      'Automated checks: aws.iam.unused-credentials-disabled, okta.users.inactive-disabled; manual evidence of the no-shared-accounts policy.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.2', rationale: 'Named accounts tie each credential to an authorised user.' },
      { criterionId: 'CC6.1', rationale: 'Disabling stale accounts removes unused entry points.' },
    ],
  },
  {
    id: 'KSM-AC-09',
    title: 'Long-lived access keys are rotated',
    description: 'Programmatic access keys are rotated at least every 90 days; unused keys are deleted.',
    testProcedure: 'Automated checks: aws.iam.access-keys-rotated-90-days.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC6.1', rationale: 'Limits how long a leaked credential stays usable.' }],
  },
  {
    id: 'KSM-AC-10',
    title: 'Single sign-on and password standards are enforced',
    description:
      'Business applications use single sign-on through the identity provider; the identity provider enforces a minimum password length of 12, lockout after repeated failures and session timeouts.',
    testProcedure:
      'Automated checks: aws.iam.password-policy-strength, okta.policy.password-strength, okta.policy.lockout, okta.policy.session-lifetime.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.1',
        rationale: 'Central authentication applies one set of safeguards to every application.',
      },
    ],
  },
  {
    id: 'KSM-AC-11',
    title: 'Physical access to offices and data centres is restricted',
    description:
      'Offices use badge access with visitor logs; production runs in cloud data centres whose physical security is inherited from the provider and verified through its SOC 2 report (carve-out).',
    testProcedure:
      'Manual evidence: office access policy and badge system export of active badges; the cloud provider’s current SOC 2 report reviewed under KSM-VEND-02.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.4',
        rationale: 'Restricts physical access to facilities and the assets within them.',
      },
    ],
  },
];
