import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.CRYPTO;

export const cryptographyControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-CRYPTO-01',
    title: 'Data at rest is encrypted',
    description:
      'Databases, object storage, block volumes and backups holding customer data are encrypted at rest with AES-256 using managed keys.',
    testProcedure:
      'Automated checks: aws.s3.default-encryption, aws.ec2.ebs-encryption-by-default, aws.rds.storage-encrypted.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.1',
        rationale: 'Encryption protects stored information assets from unauthorised reading.',
      },
      { criterionId: 'C1.1', rationale: 'Keeps confidential information protected where it is stored.' },
    ],
  },
  {
    id: 'KSM-CRYPTO-02',
    title: 'Data in transit is encrypted with current TLS',
    description:
      'Every external endpoint accepts only TLS 1.2 or later with strong cipher suites; internal service traffic carrying customer data is also encrypted.',
    testProcedure:
      'Manual evidence: load balancer TLS policies and storage policies that refuse unencrypted connections (automated checks planned).',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [{ criterionId: 'CC6.7', rationale: 'Protects information while it is transmitted.' }],
  },
  {
    id: 'KSM-CRYPTO-03',
    title: 'Encryption keys are managed and rotated',
    description:
      'Encryption keys live in a managed key service, rotate automatically every year, and only named service roles may use them.',
    testProcedure: 'Automated checks: aws.kms.key-rotation-enabled.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.1', rationale: 'Key management underpins the encryption protecting assets.' },
    ],
  },
  {
    id: 'KSM-CRYPTO-04',
    title: 'Secrets are kept out of source code',
    description:
      'Credentials are stored in a secrets manager; secret scanning with push protection is enabled on every repository and detected secrets are revoked.',
    testProcedure:
      'Automated checks: github.repo.secret-scanning-enabled, github.repo.push-protection-enabled.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.1',
        rationale: 'Prevents credentials to protected assets from leaking through code.',
      },
    ],
  },
  {
    id: 'KSM-CRYPTO-05',
    title: 'Workforce laptops are encrypted and managed',
    description:
      'Company laptops are enrolled in device management, with full-disk encryption, screen lock and remote wipe enforced.',
    testProcedure:
      'Manual evidence: device management export showing encryption and screen-lock status for every active device, compared with the personnel list.',
    frequency: 'quarterly',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.7', rationale: 'Protects information carried on portable devices.' },
      { criterionId: 'CC6.4', rationale: 'Remote wipe and encryption protect assets that leave the office.' },
    ],
  },
];
