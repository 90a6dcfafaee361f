import { incidentTrackingConfiguredCheck } from './incident-tracking-configured.check';
import { incidentsWithinSlaCheck } from './incidents-within-sla.check';
import { vulnerabilitiesWithinSlaCheck } from './vulnerabilities-within-sla.check';

export const jiraChecks = [
  incidentTrackingConfiguredCheck,
  incidentsWithinSlaCheck,
  vulnerabilitiesWithinSlaCheck,
];
