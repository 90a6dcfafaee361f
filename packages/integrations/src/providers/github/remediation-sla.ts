import type { CheckSettings } from '../../core/check';

/** Default remediation SLA for critical vulnerabilities, in days (the organization's `remediationSlaDays.critical`). */
export const defaultCriticalSlaDays = 7;

export function criticalSlaDays(settings: CheckSettings): number {
  const sla = settings.remediationSlaDays;
  const critical =
    typeof sla === 'object' && sla !== null ? (sla as Record<string, unknown>).critical : undefined;
  return typeof critical === 'number' && critical > 0 ? critical : defaultCriticalSlaDays;
}
