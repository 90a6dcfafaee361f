import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.OPS;

export const operationsControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-OPS-01',
    title: 'Anti-malware runs on workforce devices and servers',
    description:
      'Endpoint protection with current signatures runs on every company laptop; production hosts use immutable images and runtime threat detection.',
    testProcedure:
      'Manual evidence: endpoint protection console export with the agent status of each device.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC6.8', rationale: 'Prevents and detects malicious software.' }],
  },
  {
    id: 'KSM-OPS-02',
    title: 'Infrastructure follows hardened configuration baselines',
    description:
      'Production infrastructure is defined as code from reviewed templates; configuration recording and rules flag drift from the baseline.',
    testProcedure: 'Automated checks: aws.config.recorder-enabled.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC5.2',
        rationale: 'Baselines are general controls over the technology infrastructure.',
      },
      { criterionId: 'CC7.1', rationale: 'Configuration drift that introduces weaknesses is detected.' },
    ],
  },
  {
    id: 'KSM-OPS-03',
    title: 'An inventory of information assets is maintained',
    description:
      'Cloud resources, repositories, SaaS applications and devices are inventoried with an owner and data classification; the inventory is reconciled quarterly.',
    testProcedure:
      'Automated: connected integrations produce resource inventories (aws, github, okta evidence); manual evidence of the quarterly reconciliation with owners.',
    frequency: 'quarterly',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC6.1', rationale: 'Access can only be protected for assets that are known.' },
      { criterionId: 'CC2.1', rationale: 'The inventory is core information for running other controls.' },
    ],
  },
  {
    id: 'KSM-OPS-04',
    title: 'Software installation is restricted on managed devices',
    description:
      'Personnel cannot install unapproved software or browser extensions on company devices; administrator rights are removed by default.',
    testProcedure:
      'Manual evidence: device management policy showing restricted admin rights and software allow-lists.',
    frequency: 'quarterly',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC6.8', rationale: 'Stops unauthorised software from being introduced.' }],
  },
];
