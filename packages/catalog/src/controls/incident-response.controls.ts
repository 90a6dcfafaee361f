import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.IR;

export const incidentResponseControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-IR-01',
    title: 'An incident response plan is documented and approved',
    description:
      'The incident response plan defines severities, roles (incident commander, communications), escalation paths, evidence preservation and communication duties; it is approved annually.',
    testProcedure: 'Manual evidence: the plan with its approval date within the last 12 months.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC7.4', rationale: 'Defines the programme through which incidents are responded to.' },
      { criterionId: 'CC7.3', rationale: 'Sets the criteria for declaring an event an incident.' },
    ],
  },
  {
    id: 'KSM-IR-02',
    title: 'Security events are triaged and recorded',
    description:
      'Alerts and reported events are triaged by the on-call engineer, classified by severity, and either closed with a reason or declared an incident in the tracker.',
    testProcedure:
      'Automated + manual: alerts delivered to the security Slack channel have a linked tracker entry; manual review of a sample of triage records.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC7.3', rationale: 'Evaluates each event to decide whether it is an incident.' },
      { criterionId: 'CC7.4', rationale: 'Declared incidents are handed to the response process.' },
    ],
  },
  {
    id: 'KSM-IR-03',
    title: 'Incident response is exercised annually',
    description:
      'A tabletop exercise or simulation tests the incident response and recovery plans each year; gaps become tickets.',
    testProcedure:
      'Manual evidence: exercise report with participants, scenario, findings and follow-up tickets.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC7.4', rationale: 'Tests that the response programme works as designed.' },
      { criterionId: 'CC7.5', rationale: 'Rehearses recovery activities before they are needed.' },
    ],
  },
  {
    id: 'KSM-IR-04',
    title: 'Incidents end with a post-incident review',
    description:
      'Every severity 1 or 2 incident gets a written review covering timeline, root cause, recovery and corrective actions, which are tracked to completion.',
    testProcedure:
      'Manual evidence: post-incident reviews for incidents in the period and the status of their actions.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC7.5', rationale: 'Carries recovery through and prevents recurrence.' },
      { criterionId: 'CC4.2', rationale: 'Deficiencies revealed by incidents are reported and corrected.' },
    ],
  },
  {
    id: 'KSM-IR-05',
    title: 'Breaches are notified within legal and contractual deadlines',
    description:
      'When personal or customer data is affected, customers, data subjects and regulators are notified within the deadlines set by contract and law (e.g. 72 hours under GDPR), using prepared templates.',
    testProcedure:
      'Manual evidence: notification procedure and templates; for any breach in the period, the notices and their timestamps.',
    frequency: 'event-driven',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      { criterionId: 'P6.6', rationale: 'Notifies affected data subjects and authorities of breaches.' },
      { criterionId: 'CC2.3', rationale: 'Communicates incidents to external parties as committed.' },
    ],
  },
  {
    id: 'KSM-IR-06',
    title: 'Unauthorised disclosures are recorded in a breach register',
    description:
      'Every detected or reported unauthorised disclosure of personal information is logged with date, data involved, affected subjects and response, whether or not notification was required.',
    testProcedure: 'Manual evidence: the breach register (possibly empty) and its review sign-off.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [{ criterionId: 'P6.3', rationale: 'Creates the record of unauthorised disclosures.' }],
  },
];
