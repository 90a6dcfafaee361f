import type { ControlDefinition } from '../types';
import { accessControlControls } from './access-control.controls';
import { businessContinuityControls } from './business-continuity.controls';
import { changeManagementControls } from './change-management.controls';
import { cryptographyControls } from './cryptography.controls';
import { dataManagementControls } from './data-management.controls';
import { governanceControls } from './governance.controls';
import { humanResourcesControls } from './human-resources.controls';
import { incidentResponseControls } from './incident-response.controls';
import { monitoringControls } from './monitoring.controls';
import { networkControls } from './network.controls';
import { operationsControls } from './operations.controls';
import { privacyControls } from './privacy.controls';
import { riskControls } from './risk.controls';
import { vendorControls } from './vendor.controls';
import { vulnerabilityControls } from './vulnerability.controls';

/** Every Kushim control, in catalog order (the order of this list is the controls' sortOrder). */
export const kushimControls: readonly ControlDefinition[] = [
  ...governanceControls,
  ...humanResourcesControls,
  ...riskControls,
  ...monitoringControls,
  ...accessControlControls,
  ...networkControls,
  ...cryptographyControls,
  ...operationsControls,
  ...changeManagementControls,
  ...vulnerabilityControls,
  ...incidentResponseControls,
  ...businessContinuityControls,
  ...vendorControls,
  ...dataManagementControls,
  ...privacyControls,
];
