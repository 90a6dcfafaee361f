import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.HR;

export const humanResourcesControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-HR-01',
    title: 'Background checks are completed before hire',
    description:
      'Candidates with access to production systems or customer data pass a background check, as permitted by local law, before their start date.',
    testProcedure:
      'Manual evidence: background check policy and, for a sample of hires in the period, the check completion date preceding the start date.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC1.4', rationale: 'Screening supports hiring trustworthy, competent personnel.' },
    ],
  },
  {
    id: 'KSM-HR-02',
    title: 'Security awareness training is completed at hire and annually',
    description:
      'All personnel complete security awareness training (phishing, data handling, incident reporting) within 30 days of hire and every 12 months.',
    testProcedure:
      'Manual evidence: training content and the completion report from the training platform; every active person completed it within the last 12 months.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC1.4',
        rationale: 'Training develops the competence needed to fulfil security duties.',
      },
      { criterionId: 'CC2.2', rationale: 'Training communicates security responsibilities to personnel.' },
    ],
  },
  {
    id: 'KSM-HR-03',
    title: 'Roles carry written security responsibilities and are reviewed',
    description:
      'Job descriptions include security responsibilities, and annual performance reviews assess how each person met them.',
    testProcedure:
      'Manual evidence: a sample of job descriptions with security duties, and confirmation that performance reviews were completed in the period.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC1.3', rationale: 'Written duties assign responsibility within the structure.' },
      { criterionId: 'CC1.5', rationale: 'Performance reviews hold people accountable for those duties.' },
    ],
  },
  {
    id: 'KSM-HR-04',
    title: 'Personnel sign confidentiality agreements',
    description:
      'Employees and contractors sign a confidentiality (non-disclosure) agreement covering company and customer information before they receive access.',
    testProcedure:
      'Manual evidence: the agreement template and, for a sample of hires, the signed agreement dated before the access grant.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'C1.1',
        rationale: 'Contractual duty of confidentiality protects confidential information.',
      },
      { criterionId: 'CC1.1', rationale: 'The agreement sets expectations of conduct towards information.' },
    ],
  },
  {
    id: 'KSM-HR-05',
    title: 'Policy violations lead to a disciplinary process',
    description:
      'A documented disciplinary process applies to personnel who break security policies; cases are recorded and resolved.',
    testProcedure:
      'Manual evidence: the sanctions policy and the (possibly empty) register of cases in the period with their outcomes.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      { criterionId: 'CC1.5', rationale: 'Enforcement through sanctions holds individuals accountable.' },
    ],
  },
  {
    id: 'KSM-HR-06',
    title: 'Engineers complete secure development training',
    description:
      'Engineers with commit access complete role-specific secure coding training (OWASP Top 10, secrets handling, dependency hygiene) at hire and annually.',
    testProcedure:
      'Manual evidence: the training completion report compared with the current workforce listing.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC1.4',
        rationale: 'Role-specific training keeps engineers competent in secure practices.',
      },
      { criterionId: 'CC8.1', rationale: 'Trained engineers design and develop changes securely.' },
    ],
  },
];
