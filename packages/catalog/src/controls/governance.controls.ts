import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.GOV;

export const governanceControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-GOV-01',
    title: 'Information security policies are approved and published',
    description:
      'A set of information security policies (acceptable use, access control, change management, incident response, data handling) is approved by management, published to all personnel and reviewed at least annually.',
    testProcedure:
      'Manual evidence: the current policy set with approver, approval date within the last 12 months, and a screenshot or link showing where personnel can read it.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC5.3',
        rationale: 'Policies are the vehicle through which control activities are deployed.',
      },
      {
        criterionId: 'CC2.2',
        rationale: 'Publishing policies communicates security responsibilities internally.',
      },
    ],
  },
  {
    id: 'KSM-GOV-02',
    title: 'Personnel acknowledge the code of conduct',
    description:
      'Every employee and contractor acknowledges the code of conduct, which sets expectations for ethical behaviour, at hire and annually thereafter.',
    testProcedure:
      'Manual evidence: code of conduct document and the acknowledgement log; a sample of new hires and current staff shows a signature within the period.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC1.1',
        rationale: 'A signed code of conduct demonstrates the commitment to integrity and ethics.',
      },
      {
        criterionId: 'CC1.5',
        rationale: 'Acknowledgement makes individuals accountable for the standards they accepted.',
      },
    ],
  },
  {
    id: 'KSM-GOV-03',
    title: 'The board oversees the security programme',
    description:
      'The board of directors (or an advisory board with members independent of management) receives a security and compliance briefing at least quarterly, covering risks, control status and open deficiencies, and minutes are kept.',
    testProcedure:
      'Manual evidence: board charter naming independent members, and meeting minutes or decks for each quarter showing the security agenda item.',
    frequency: 'quarterly',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      { criterionId: 'CC1.2', rationale: 'Independent board review is oversight of internal control.' },
      {
        criterionId: 'CC4.2',
        rationale: 'Open deficiencies are reported to the board, who direct corrective action.',
      },
    ],
  },
  {
    id: 'KSM-GOV-04',
    title: 'Security roles and reporting lines are defined',
    description:
      'An organization chart and a roles document name who is accountable for security and compliance, their authority and whom they report to; it is updated when the structure changes.',
    testProcedure:
      'Manual evidence: current organization chart and security roles and responsibilities document, reviewed within the last 12 months.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      {
        criterionId: 'CC1.3',
        rationale: 'Defines structure, reporting lines and responsibility for internal control.',
      },
    ],
  },
  {
    id: 'KSM-GOV-05',
    title: 'The system description and service commitments are maintained',
    description:
      'A system description documents the in-scope services, infrastructure, data flows, boundaries and the security, availability and confidentiality commitments made to customers; it is reviewed annually and on major change.',
    testProcedure:
      'Manual evidence: the system description with its review date; spot-check that connected integrations in Kushim match the listed infrastructure.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC3.1',
        rationale: 'Documented commitments and boundaries are the objectives risks are assessed against.',
      },
      {
        criterionId: 'CC2.1',
        rationale: 'The system description is the baseline information the controls rely on.',
      },
    ],
  },
  {
    id: 'KSM-GOV-06',
    title: 'Security commitments are communicated to customers',
    description:
      'Customer agreements, a public trust or security page and a status page tell customers about security and availability commitments, their own responsibilities, and how to report problems.',
    testProcedure:
      'Manual evidence: current terms of service or master agreement security section, trust page URL, and status page URL with incident history.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC2.3',
        rationale: 'Commitments and reporting channels are communicated to external parties.',
      },
    ],
  },
  {
    id: 'KSM-GOV-07',
    title: 'Personnel can report concerns confidentially',
    description:
      'A documented channel (ethics hotline or dedicated address) lets personnel report security concerns, policy violations or suspected fraud anonymously and without retaliation.',
    testProcedure:
      'Manual evidence: whistleblower policy, the reporting channel, and the log of reports received with their handling.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      {
        criterionId: 'CC2.2',
        rationale: 'A separate internal channel lets personnel communicate control concerns.',
      },
      { criterionId: 'CC1.1', rationale: 'Protection from retaliation supports ethical behaviour.' },
    ],
  },
];
