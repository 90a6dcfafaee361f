import { adminPortExposureCheck } from './admin-port-exposure.check';

/** No security group admits RDP (TCP 3389) from 0.0.0.0/0 or ::/0, including through an all-traffic rule. */
export const awsNoUnrestrictedRdpCheck = adminPortExposureCheck({
  id: 'aws.ec2.no-unrestricted-rdp',
  port: 3389,
  service: 'RDP',
});
