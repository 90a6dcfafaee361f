import { CONTROL_AREAS } from '../areas';
import type { ControlDefinition } from '../types';

const category = CONTROL_AREAS.NET;

export const networkControls: readonly ControlDefinition[] = [
  {
    id: 'KSM-NET-01',
    title: 'Administrative ports are not open to the internet',
    description:
      'No firewall rule or security group allows inbound traffic from any address to remote administration ports (SSH 22, RDP 3389) or database ports.',
    testProcedure:
      'Automated checks: aws.ec2.no-unrestricted-ssh, aws.ec2.no-unrestricted-rdp, aws.ec2.no-unrestricted-all-traffic.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.6', rationale: 'Blocks direct external access to management interfaces.' },
    ],
  },
  {
    id: 'KSM-NET-02',
    title: 'Production data stores sit in private networks',
    description:
      'Databases and internal services run in private subnets without public endpoints; only load balancers are internet-facing.',
    testProcedure: 'Automated checks: aws.ec2.no-unrestricted-all-traffic, aws.rds.not-publicly-accessible.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC6.6',
        rationale: 'Network segmentation keeps external threats away from data stores.',
      },
      { criterionId: 'CC6.1', rationale: 'The network architecture restricts access to protected assets.' },
    ],
  },
  {
    id: 'KSM-NET-03',
    title: 'Public endpoints are protected against attacks',
    description:
      'Internet-facing endpoints sit behind a web application firewall with managed rule sets and rate limiting, and behind provider DDoS protection.',
    testProcedure:
      'Manual evidence: WAF configuration export showing rule sets attached to every public load balancer.',
    frequency: 'quarterly',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      { criterionId: 'CC6.6', rationale: 'Filters malicious traffic from outside the system boundary.' },
      {
        criterionId: 'A1.2',
        rationale: 'DDoS protection is part of the infrastructure that keeps the service available.',
      },
    ],
  },
  {
    id: 'KSM-NET-04',
    title: 'Network traffic is logged',
    description: 'Flow logs are enabled for every production network and retained for investigation.',
    testProcedure: 'Automated checks: aws.ec2.vpc-flow-logs-enabled.',
    frequency: 'continuous',
    defaultOwnerRole: 'ADMIN',
    category,
    criteria: [
      {
        criterionId: 'CC7.2',
        rationale: 'Flow records let anomalous network activity be detected and investigated.',
      },
    ],
  },
];
