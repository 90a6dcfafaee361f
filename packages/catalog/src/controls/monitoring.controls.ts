import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.MON;

export const monitoringControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-MON-01',
    title: 'Controls are monitored continuously by automated checks',
    description:
      'Kushim collects evidence from connected systems on a schedule and evaluates every automated check daily; a control that starts failing alerts its owner.',
    testProcedure:
      'Automated: every connected integration collected successfully within the last 24 hours and every automated check has a result from the latest evaluation run.',
    frequency: 'continuous',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC4.1',
        rationale: 'Automated checks are ongoing evaluations of whether controls operate.',
      },
      {
        criterionId: 'CC2.1',
        rationale: 'Evidence is gathered from source systems, giving reliable control information.',
      },
    ],
  },
  {
    id: 'KSM-MON-02',
    title: 'Control failures are tracked to remediation',
    description:
      'Each failing control or finding gets a ticket with an owner and a due date based on severity; overdue items are escalated to management monthly.',
    testProcedure:
      'Automated + manual: failing findings have a linked Jira ticket (jira.issue evidence); manual evidence of the monthly escalation report.',
    frequency: 'monthly',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC4.2',
        rationale: 'Deficiencies are communicated to the people who correct them, in time.',
      },
    ],
  },
  {
    id: 'KSM-MON-03',
    title: 'An independent review of controls is performed annually',
    description:
      'Someone independent of the control owners (internal audit, an external assessor or the SOC 2 auditor) tests a sample of controls each year and reports results to management.',
    testProcedure: 'Manual evidence: the review or audit report and management’s response to its findings.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      {
        criterionId: 'CC4.1',
        rationale: 'A separate evaluation confirms that controls are present and functioning.',
      },
    ],
  },
  {
    id: 'KSM-MON-04',
    title: 'Audit logging is enabled across the production environment',
    description:
      'Cloud control-plane activity is logged in every region to a dedicated, access-restricted bucket with log file integrity validation, and retained for at least one year.',
    testProcedure:
      'Automated checks: aws.cloudtrail.multi-region-enabled, aws.cloudtrail.logging, aws.cloudtrail.log-validation, okta.logs.streaming-configured.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC7.2', rationale: 'Activity logs are the basis for detecting anomalous behaviour.' },
      {
        criterionId: 'CC2.1',
        rationale: 'Complete, tamper-evident logs are quality information for investigations.',
      },
    ],
  },
  {
    id: 'KSM-MON-05',
    title: 'Threat detection alerts are monitored',
    description:
      'Managed threat detection runs in every production account and region; its findings are routed to the on-call channel and triaged.',
    testProcedure:
      'Automated checks: aws.guardduty.enabled, slack.channels.alert-channel-ready; manual evidence of triage for a sample of high-severity findings.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC7.2', rationale: 'Detects anomalies indicating malicious activity.' },
      { criterionId: 'CC7.3', rationale: 'Findings are triaged to decide whether they are incidents.' },
    ],
  },
  {
    id: 'KSM-MON-06',
    title: 'Capacity and performance are monitored with alerts',
    description:
      'CPU, memory, storage, database connections and latency of production services are monitored against thresholds; breaches page the on-call engineer and capacity is reviewed quarterly.',
    testProcedure:
      'Manual evidence: monitoring dashboard and alert rule configuration, and the latest quarterly capacity review.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'A1.1', rationale: 'Tracks current processing capacity and usage to plan for demand.' },
      { criterionId: 'CC7.2', rationale: 'Performance anomalies can indicate errors or attacks.' },
    ],
  },
];
