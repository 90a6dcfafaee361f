import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.DATA;

export const dataManagementControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-DATA-01',
    title: 'Data is classified and confidential data is identified',
    description:
      'A classification policy defines public, internal, confidential and restricted data; a data inventory records where confidential and personal data live.',
    testProcedure:
      'Manual evidence: classification policy and the data inventory, reviewed within the last 12 months.',
    frequency: 'annual',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      {
        criterionId: 'C1.1',
        rationale: 'Identifies which information is confidential so it can be protected.',
      },
    ],
  },
  {
    id: 'KSM-DATA-02',
    title: 'Data is deleted when its retention period ends',
    description:
      'A retention schedule sets how long each data type is kept; storage lifecycle rules and scheduled jobs delete data that has passed its period.',
    testProcedure:
      'Manual evidence: the retention schedule, lifecycle rules on storage holding customer data, and deletion job logs.',
    frequency: 'monthly',
    defaultOwnerRole: 'COMPLIANCE_MANAGER',
    category,
    criteria: [
      { criterionId: 'C1.2', rationale: 'Disposes of confidential information at the end of retention.' },
      { criterionId: 'P4.2', rationale: 'Keeps personal information only as long as needed.' },
    ],
  },
  {
    id: 'KSM-DATA-03',
    title: 'Devices and media are wiped or destroyed before disposal',
    description:
      'Laptops and storage media are wiped to a recognised standard or physically destroyed before reuse or disposal, with a certificate kept; cloud media disposal is inherited from the provider.',
    testProcedure:
      'Manual evidence: disposal procedure and certificates of destruction or wipe records for devices retired in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.5',
        rationale: 'Physical assets are retired only after their data cannot be recovered.',
      },
      { criterionId: 'P4.3', rationale: 'Personal information on retired media is disposed of securely.' },
    ],
  },
  {
    id: 'KSM-DATA-04',
    title: 'Customer data is deleted when a contract ends',
    description:
      'When a customer leaves, their data is exported on request and then deleted from production within 30 days and from backups as they expire; deletion is confirmed in writing.',
    testProcedure:
      'Manual evidence: offboarding procedure and deletion confirmations for customers that left in the period.',
    frequency: 'event-driven',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'C1.2',
        rationale: 'Confidential customer information is disposed of when no longer needed.',
      },
      { criterionId: 'P4.3', rationale: 'Personal information is securely erased.' },
    ],
  },
  {
    id: 'KSM-DATA-05',
    title: 'Storage buckets block public access',
    description:
      'Account-level and bucket-level public access blocks are enabled; no bucket holding company data is publicly readable.',
    testProcedure: 'Automated checks: aws.s3.account-public-access-block, aws.s3.bucket-public-access-block.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'C1.1', rationale: 'Prevents confidential data from being exposed publicly.' },
      { criterionId: 'CC6.7', rationale: 'Restricts who can retrieve stored information.' },
      { criterionId: 'CC6.1', rationale: 'Logical access restrictions on stored information assets.' },
    ],
  },
  {
    id: 'KSM-DATA-06',
    title: 'Data transfers use approved channels',
    description:
      'Exports of customer or confidential data go only through approved, logged channels; public repositories and personal storage are not permitted for company data.',
    testProcedure: 'Manual evidence: the data transfer policy and a sample of approved transfers.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC6.7', rationale: 'Limits movement of information to authorised channels.' }],
  },
  {
    id: 'KSM-DATA-07',
    title: 'Processing specifications and data definitions are documented',
    description:
      'The product’s inputs, outputs and data definitions are documented (public API reference, data dictionary) and kept current with each release.',
    testProcedure:
      'Manual evidence: the published API reference and data dictionary with their last update dates.',
    frequency: 'quarterly',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'PI1.1',
        rationale: 'Communicates processing objectives and definitions of the data processed.',
      },
    ],
  },
  {
    id: 'KSM-DATA-08',
    title: 'System inputs are validated',
    description:
      'Every API request body, query and job payload is validated against a schema; invalid input is rejected with an error naming the field, and rejects are logged.',
    testProcedure:
      'Manual evidence: validation design and automated test results showing invalid inputs rejected with 4xx responses.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'PI1.2',
        rationale: 'Inputs are checked for completeness and accuracy before processing.',
      },
    ],
  },
  {
    id: 'KSM-DATA-09',
    title: 'Processing jobs are monitored for completeness',
    description:
      'Background jobs are idempotent, retried on transient failure and monitored; failed or stuck jobs alert the on-call engineer and are reprocessed.',
    testProcedure:
      'Manual evidence: queue monitoring dashboard and alert rules; sample of failed jobs showing resolution.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'PI1.3', rationale: 'Ensures processing completes accurately and on time.' },
      { criterionId: 'PI1.4', rationale: 'Outputs produced by jobs are delivered completely and on time.' },
    ],
  },
  {
    id: 'KSM-DATA-10',
    title: 'Outputs go only to intended recipients',
    description:
      'Reports, exports and notifications are generated per tenant and delivered only to authorised users of that tenant; delivery failures are retried and logged.',
    testProcedure:
      'Manual evidence: tenant isolation test results and delivery logs for a sample of exports.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'PI1.4', rationale: 'Outputs are complete and distributed only to intended parties.' },
    ],
  },
  {
    id: 'KSM-DATA-11',
    title: 'Stored records are protected against alteration',
    description:
      'Stored evidence and records are content-addressed with cryptographic hashes and append-only; integrity is verified periodically and on export.',
    testProcedure:
      'Automated: the audit ledger verification reports the chain valid; manual evidence of the verification schedule.',
    frequency: 'daily',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'PI1.5', rationale: 'Inputs and outputs are stored completely and accurately.' },
    ],
  },
];
