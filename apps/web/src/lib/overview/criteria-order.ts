/** Trust Services Criteria families in the order the AICPA lists them: common criteria first, then A, C, PI, P. */
const ORDER = ['CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9', 'A', 'C', 'PI', 'P'];

export function byFamilyOrder<T extends { family: string }>(families: readonly T[]): T[] {
  const rank = (family: string) => {
    const index = ORDER.indexOf(family);
    return index === -1 ? ORDER.length : index;
  };
  return [...families].sort((a, b) => rank(a.family) - rank(b.family) || a.family.localeCompare(b.family));
}
