import { SOC2_FRAMEWORK_ID } from '../framework';
import type { CriterionDefinition } from '../types';
import { familyOfCriterionId } from './families';

/**
 * The 61 SOC 2 Trust Services Criteria, in report order. Titles are Kushim's own short paraphrases: the official
 * AICPA wording is copyrighted and must not be copied here. Family and sort order are derived from the id and the
 * position in this list so they cannot drift.
 */
const SOC2_CRITERION_TITLES: ReadonlyArray<readonly [id: string, title: string]> = [
  // CC1 — control environment
  ['CC1.1', 'Leadership sets and upholds a standard of integrity and ethical behaviour'],
  ['CC1.2', 'An independent board oversees how internal control is designed and run'],
  ['CC1.3', 'Management defines structure, reporting lines, authority and responsibility'],
  ['CC1.4', 'The organization hires, develops and keeps people competent for their roles'],
  ['CC1.5', 'People are held accountable for their part in internal control'],
  // CC2 — communication and information
  ['CC2.1', 'Relevant, good-quality information is produced and used to run controls'],
  ['CC2.2', 'Control objectives and duties are communicated inside the organization'],
  ['CC2.3', 'Matters affecting internal control are communicated to outside parties'],
  // CC3 — risk assessment
  ['CC3.1', 'Objectives are stated clearly enough that risks to them can be identified'],
  ['CC3.2', 'Risks to objectives are identified and analysed to decide how to manage them'],
  ['CC3.3', 'The chance of fraud is considered when assessing risk'],
  ['CC3.4', 'Changes that could materially affect internal control are identified and assessed'],
  // CC4 — monitoring activities
  ['CC4.1', 'Ongoing or separate evaluations confirm that controls are present and working'],
  ['CC4.2', 'Control deficiencies are evaluated and reported in time to those who fix them'],
  // CC5 — control activities
  ['CC5.1', 'Control activities are chosen and built to bring risks down to acceptable levels'],
  ['CC5.2', 'General controls over technology are chosen and built to support objectives'],
  ['CC5.3', 'Controls are put in place through policies and the procedures that enact them'],
  // CC6 — logical and physical access
  ['CC6.1', 'Logical access to protected information assets is secured by software, design and architecture'],
  [
    'CC6.2',
    'Users are registered and approved before credentials are issued, and removed when no longer needed',
  ],
  ['CC6.3', 'Access is granted, changed and removed by role, least privilege and separation of duties'],
  ['CC6.4', 'Physical access to facilities and protected assets is limited to authorised people'],
  ['CC6.5', 'Physical assets are retired only after the data on them can no longer be recovered'],
  ['CC6.6', 'Logical access controls defend the system against threats from outside its boundaries'],
  ['CC6.7', 'Moving or transmitting information is limited to authorised parties and protected in transit'],
  ['CC6.8', 'Unauthorised or malicious software is prevented or detected'],
  // CC7 — system operations
  ['CC7.1', 'Configuration changes and newly found vulnerabilities are detected and monitored'],
  ['CC7.2', 'System components are monitored for anomalies that suggest attacks, errors or disasters'],
  ['CC7.3', 'Security events are evaluated to decide whether they are incidents'],
  ['CC7.4', 'Security incidents are handled through a defined response programme'],
  ['CC7.5', 'Recovery from security incidents is planned and carried out'],
  // CC8 — change management
  ['CC8.1', 'Changes to infrastructure, data and software are authorised, tested, approved and documented'],
  // CC9 — risk mitigation
  ['CC9.1', 'Activities to reduce the risk of business disruption are identified and put in place'],
  ['CC9.2', 'Risks from vendors and business partners are assessed and managed'],
  // A — availability
  ['A1.1', 'Processing capacity and usage are tracked and planned to meet availability commitments'],
  ['A1.2', 'Environmental protections, backups and recovery infrastructure are in place and maintained'],
  ['A1.3', 'Recovery plans are tested to show they support availability objectives'],
  // C — confidentiality
  ['C1.1', 'Confidential information is identified and kept protected'],
  ['C1.2', 'Confidential information is disposed of when its retention period ends'],
  // PI — processing integrity
  ['PI1.1', 'Processing objectives, data definitions and product specifications are documented and shared'],
  ['PI1.2', 'Inputs to the system are checked for completeness and accuracy'],
  ['PI1.3', 'Processing is complete, accurate and timely, following defined procedures'],
  ['PI1.4', 'Outputs are delivered complete, accurate, on time and only to intended recipients'],
  ['PI1.5', 'Inputs, work in progress and outputs are stored completely, accurately and on time'],
  // P — privacy
  ['P1.1', 'Data subjects are told how their personal information is handled'],
  ['P2.1', 'Data subjects are offered choices and consent is obtained where needed'],
  ['P3.1', 'Only the personal information needed for stated purposes is collected'],
  ['P3.2', 'Explicit consent is obtained and recorded when the collection requires it'],
  ['P4.1', 'Personal information is used only for the purposes given in the notice'],
  ['P4.2', 'Personal information is kept no longer than its purpose requires'],
  ['P4.3', 'Personal information is disposed of securely'],
  ['P5.1', 'Data subjects can review the personal information held about them'],
  ['P5.2', 'Data subjects can have their information corrected, and corrections reach third parties'],
  ['P6.1', 'Personal information is shared with third parties only with consent or another valid basis'],
  ['P6.2', 'Authorised disclosures of personal information are recorded and the records kept'],
  ['P6.3', 'Unauthorised disclosures of personal information are recorded'],
  ['P6.4', 'Third parties that receive personal information commit to protecting it and are checked'],
  ['P6.5', 'Third parties commit to report unauthorised disclosures they detect'],
  ['P6.6', 'Data subjects and authorities are notified of breaches as required'],
  ['P6.7', 'Data subjects can obtain an account of their information and of its disclosures'],
  ['P7.1', 'Personal information is kept accurate, complete and relevant'],
  ['P8.1', 'Privacy inquiries, complaints and disputes are received, resolved and monitored'],
];

export const soc2Criteria: readonly CriterionDefinition[] = SOC2_CRITERION_TITLES.map(
  ([id, title], index) => {
    const family = familyOfCriterionId(id);
    if (!family) {
      throw new Error(`SOC 2 criterion id "${id}" has no family`);
    }
    return { id, frameworkId: SOC2_FRAMEWORK_ID, family, title, sortOrder: index + 1 };
  },
);
