import type { CriterionFamily } from '../types';

/** Display names for each criterion family, in dashboard order. */
export const CRITERION_FAMILY_TITLES: Record<CriterionFamily, string> = {
  CC1: 'Control environment',
  CC2: 'Communication and information',
  CC3: 'Risk assessment',
  CC4: 'Monitoring activities',
  CC5: 'Control activities',
  CC6: 'Logical and physical access',
  CC7: 'System operations',
  CC8: 'Change management',
  CC9: 'Risk mitigation',
  A: 'Availability',
  C: 'Confidentiality',
  PI: 'Processing integrity',
  P: 'Privacy',
};

/**
 * The family a SOC 2 criterion id belongs to: `CC6.1` → `CC6`, `A1.2` → `A`, `PI1.3` → `PI`, `P6.4` → `P`.
 * Returns undefined for an id that is not shaped like a SOC 2 criterion.
 */
export function familyOfCriterionId(id: string): CriterionFamily | undefined {
  const match = /^(CC[1-9]|A1|C1|PI1|P[1-8])\.\d+$/.exec(id);
  const series = match?.[1];
  if (!series) {
    return undefined;
  }
  if (series.startsWith('CC')) {
    return series as CriterionFamily;
  }
  if (series.startsWith('PI')) {
    return 'PI';
  }
  return series.startsWith('P') ? 'P' : (series.slice(0, 1) as CriterionFamily);
}
