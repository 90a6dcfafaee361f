import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.RISK;

export const riskControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-RISK-01',
    title: 'A risk assessment is performed annually',
    description:
      'Management identifies threats to the service commitments, rates likelihood and impact, and records each risk with an owner and treatment in a risk register at least annually.',
    testProcedure:
      'Manual evidence: the risk register with its review date, scoring method, and owner and treatment for each risk.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC3.1', rationale: 'Risks are assessed against the documented objectives.' },
      { criterionId: 'CC3.2', rationale: 'The register identifies and analyses risks to those objectives.' },
    ],
  },
  {
    id: 'KSM-RISK-02',
    title: 'Fraud risk is part of the risk assessment',
    description:
      'The annual risk assessment explicitly considers fraud: incentives and pressures, opportunities such as privileged access or manual overrides, and management override of controls.',
    testProcedure:
      'Manual evidence: the fraud section of the risk register or a separate fraud risk assessment.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [{ criterionId: 'CC3.3', rationale: 'Directly assesses the potential for fraud.' }],
  },
  {
    id: 'KSM-RISK-03',
    title: 'Significant changes trigger a risk review',
    description:
      'New products, new infrastructure providers, acquisitions, key personnel departures and new regulations trigger an update of the risk register before or soon after the change.',
    testProcedure:
      'Manual evidence: the change-triggered risk review procedure and register entries dated after significant changes in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'CC3.4',
        rationale: 'Identifies and assesses changes that could affect internal control.',
      },
    ],
  },
  {
    id: 'KSM-RISK-04',
    title: 'Each significant risk is mapped to mitigating controls',
    description:
      'Risks rated above the appetite are mapped to controls in this catalog or to a tracked treatment plan; accepted risks are signed off by management.',
    testProcedure:
      'Manual evidence: risk-to-control mapping and treatment plans; risk acceptance approvals for risks left above appetite.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC5.1', rationale: 'Controls are selected to mitigate the assessed risks.' },
      { criterionId: 'CC3.2', rationale: 'Deciding how each risk is managed completes the analysis.' },
    ],
  },
  {
    id: 'KSM-RISK-05',
    title: 'Business disruption risk is transferred or mitigated',
    description:
      'Risks of business disruption (loss of a provider, a region, key people, a major incident) have mitigation plans, and cyber insurance covers residual financial impact.',
    testProcedure:
      'Manual evidence: business disruption section of the risk register and the current cyber insurance certificate.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      {
        criterionId: 'CC9.1',
        rationale: 'Selects activities, including insurance, to mitigate disruption risk.',
      },
    ],
  },
];
