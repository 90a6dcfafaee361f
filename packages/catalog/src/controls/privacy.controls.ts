import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.PRIV;

export const privacyControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-PRIV-01',
    title: 'A privacy notice is published and kept current',
    description:
      'A privacy notice explains what personal information is collected, why, how long it is kept, who receives it and data subjects’ rights; it is reviewed annually and on change.',
    testProcedure: 'Manual evidence: the published notice URL with its last review date and change history.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [{ criterionId: 'P1.1', rationale: 'Gives data subjects notice of privacy practices.' }],
  },
  {
    id: 'KSM-PRIV-02',
    title: 'Consent and choices are captured and recorded',
    description:
      'Where consent is the basis for processing, it is requested with a clear explanation, recorded with time and version of the notice, and can be withdrawn as easily as it was given.',
    testProcedure:
      'Manual evidence: screenshots of consent prompts and a sample of consent records with timestamps and notice version.',
    frequency: 'continuous',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P2.1', rationale: 'Communicates choices and obtains consent.' },
      { criterionId: 'P3.2', rationale: 'Records explicit consent where collection requires it.' },
    ],
  },
  {
    id: 'KSM-PRIV-03',
    title: 'Collection of personal information is minimised',
    description:
      'New features and forms that collect personal information pass a privacy review that checks each field against a stated purpose.',
    testProcedure:
      'Manual evidence: privacy review records (or privacy impact assessments) for features released in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [{ criterionId: 'P3.1', rationale: 'Limits collection to what the stated purposes need.' }],
  },
  {
    id: 'KSM-PRIV-04',
    title: 'A register of processing purposes is maintained',
    description:
      'A record of processing activities lists each use of personal information with its purpose and legal basis; a new use needs a review before it starts.',
    testProcedure:
      'Manual evidence: the processing register with its review date, and review records for new uses.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P4.1', rationale: 'Limits use of personal information to the identified purposes.' },
    ],
  },
  {
    id: 'KSM-PRIV-05',
    title: 'Data subject access requests are fulfilled on time',
    description:
      'Requests to see personal information are verified, logged and answered within 30 days with a copy of the data and the recipients it was disclosed to.',
    testProcedure:
      'Manual evidence: the request log showing receipt and response dates for requests in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P5.1', rationale: 'Gives data subjects access to their personal information.' },
      { criterionId: 'P6.7', rationale: 'Provides an account of the information held and its disclosures.' },
    ],
  },
  {
    id: 'KSM-PRIV-06',
    title: 'Correction requests are handled and passed on',
    description:
      'Requests to correct personal information are verified and applied, and the correction is forwarded to third parties that received the data.',
    testProcedure:
      'Manual evidence: the request log for corrections with completion dates and notices to third parties.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P5.2', rationale: 'Corrects information and informs third parties of the change.' },
      { criterionId: 'P7.1', rationale: 'Keeps personal information accurate.' },
    ],
  },
  {
    id: 'KSM-PRIV-07',
    title: 'Disclosures of personal information are logged',
    description:
      'Each disclosure of personal information to a third party (other than listed subprocessors), including to authorities, is logged with date, recipient, data and basis.',
    testProcedure: 'Manual evidence: the disclosure log and its quarterly review.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P6.2', rationale: 'Keeps records of authorised disclosures.' },
      { criterionId: 'P6.7', rationale: 'The log makes an accounting of disclosures possible.' },
      { criterionId: 'P6.1', rationale: 'Each logged disclosure records its consent or legal basis.' },
    ],
  },
  {
    id: 'KSM-PRIV-08',
    title: 'Users can keep their personal information up to date',
    description:
      'Users can view and edit their own profile information in the product; personal data quality is reviewed annually and stale records are corrected or removed.',
    testProcedure:
      'Manual evidence: screenshots of the self-service profile page and the annual data quality review.',
    frequency: 'annual',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'P7.1', rationale: 'Maintains accurate, complete and relevant personal information.' },
      { criterionId: 'P5.1', rationale: 'Users can review the information held about them.' },
    ],
  },
  {
    id: 'KSM-PRIV-09',
    title: 'Privacy inquiries and complaints are handled',
    description:
      'A published contact receives privacy inquiries and complaints; each is logged, answered within 30 days and, if unresolved, escalated; trends are reviewed annually.',
    testProcedure:
      'Manual evidence: the privacy contact on the notice, the complaint log with resolution dates, and the annual review.',
    frequency: 'event-driven',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'P8.1', rationale: 'Receives, resolves and monitors privacy complaints and disputes.' },
    ],
  },
];
