import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.VEND;

export const vendorControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-VEND-01',
    title: 'Vendors are inventoried and risk-rated',
    description:
      'Every vendor that stores, processes or can access company or customer data is listed with an owner, the data it handles and a risk rating.',
    testProcedure:
      'Manual evidence: the vendor inventory with ratings, reviewed within the last 12 months; compared against SaaS apps in the identity provider.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [{ criterionId: 'CC9.2', rationale: 'Identifies the vendors whose risks must be managed.' }],
  },
  {
    id: 'KSM-VEND-02',
    title: 'Critical vendors are reviewed before use and annually',
    description:
      'High-risk vendors supply a SOC 2 report or equivalent before onboarding and every year; reviewers record exceptions and the complementary user entity controls Kushim must operate.',
    testProcedure:
      'Manual evidence: vendor review records with the report period covered, exceptions noted and follow-up.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'CC9.2', rationale: 'Assesses vendor risk and monitors vendor performance.' },
      { criterionId: 'P6.4', rationale: 'Confirms vendors that receive personal information protect it.' },
      {
        criterionId: 'CC6.4',
        rationale: 'Physical security of carved-out data centres is verified in the provider’s report.',
      },
    ],
  },
  {
    id: 'KSM-VEND-03',
    title: 'Vendor contracts include security, privacy and breach-notice terms',
    description:
      'Contracts and data processing agreements with vendors handling customer or personal data require confidentiality, security safeguards, use limited to the service, and prompt notice of breaches.',
    testProcedure:
      'Manual evidence: signed DPAs or contract clauses for every high-risk vendor in the inventory.',
    frequency: 'event-driven',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      { criterionId: 'P6.4', rationale: 'Obtains privacy commitments from third parties.' },
      { criterionId: 'P6.5', rationale: 'Requires vendors to report unauthorised disclosures.' },
      { criterionId: 'C1.1', rationale: 'Extends confidentiality duties to vendors.' },
      { criterionId: 'CC9.2', rationale: 'Contract terms are a vendor risk mitigation.' },
    ],
  },
  {
    id: 'KSM-VEND-04',
    title: 'Customers are told about subprocessors',
    description:
      'A current list of subprocessors is published, and customers are notified before a new subprocessor receives their data, with the right to object.',
    testProcedure:
      'Manual evidence: the published subprocessor list and the change notices sent in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'P6.1',
        rationale: 'Personal information reaches third parties only on a notified, agreed basis.',
      },
      { criterionId: 'CC2.3', rationale: 'Communicates third-party dependencies to customers.' },
    ],
  },
];
