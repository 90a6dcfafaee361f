import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.BCP;

export const businessContinuityControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-BCP-01',
    title: 'Production data is backed up automatically',
    description:
      'Databases have automated daily backups with point-in-time recovery retained for at least 7 days; object storage holding customer data is versioned.',
    testProcedure: 'Automated checks: aws.s3.versioning-enabled, aws.rds.backup-retention-7-days.',
    frequency: 'daily',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'A1.2', rationale: 'Backups are the data recovery process availability relies on.' },
      { criterionId: 'PI1.5', rationale: 'Stored data can be restored completely and accurately.' },
    ],
  },
  {
    id: 'KSM-BCP-02',
    title: 'Backup restores are tested',
    description:
      'A backup is restored to an isolated environment each quarter and checked for completeness; the result is recorded.',
    testProcedure:
      'Manual evidence: restore test record for each quarter with duration and integrity check result.',
    frequency: 'quarterly',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'A1.3', rationale: 'Tests that recovery procedures actually work.' }],
  },
  {
    id: 'KSM-BCP-03',
    title: 'A business continuity and disaster recovery plan is maintained and tested',
    description:
      'The plan sets recovery time and point objectives, covers loss of a region, a key provider or key people, and is tested at least annually.',
    testProcedure: 'Manual evidence: the plan with RTO/RPO, its approval date, and the latest test report.',
    frequency: 'annual',
    defaultOwnerRole: 'OWNER',
    category,
    criteria: [
      { criterionId: 'CC9.1', rationale: 'Plans the response to business disruptions.' },
      { criterionId: 'A1.3', rationale: 'The plan is tested against availability objectives.' },
      { criterionId: 'CC7.5', rationale: 'Defines how to restore operations after an incident.' },
    ],
  },
  {
    id: 'KSM-BCP-04',
    title: 'Production runs redundantly across availability zones',
    description: 'Databases and services run in at least two availability zones with automatic failover.',
    testProcedure:
      'Manual evidence: infrastructure configuration showing production databases and load balancers spread across availability zones (automated checks planned).',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'A1.2',
        rationale: 'Redundant infrastructure protects availability from facility failures.',
      },
      { criterionId: 'A1.1', rationale: 'Spare capacity in another zone absorbs demand on failover.' },
    ],
  },
];
