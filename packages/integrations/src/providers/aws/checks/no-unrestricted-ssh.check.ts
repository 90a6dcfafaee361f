import { adminPortExposureCheck } from './admin-port-exposure.check';

/** No security group admits SSH (TCP 22) from 0.0.0.0/0 or ::/0, including through an all-traffic rule. */
export const awsNoUnrestrictedSshCheck = adminPortExposureCheck({
  id: 'aws.ec2.no-unrestricted-ssh',
  port: 22,
  service: 'SSH',
});
