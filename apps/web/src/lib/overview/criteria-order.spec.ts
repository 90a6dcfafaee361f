import { describe, expect, it } from 'vitest';

import { byFamilyOrder } from './criteria-order';

describe('byFamilyOrder', () => {
  it('puts the common criteria first, then availability, confidentiality, processing integrity, privacy', () => {
    const families = ['P', 'A', 'CC9', 'PI', 'CC1', 'C', 'CC10X'].map((family) => ({ family }));
    expect(byFamilyOrder(families).map((f) => f.family)).toEqual([
      'CC1',
      'CC9',
      'A',
      'C',
      'PI',
      'P',
      'CC10X',
    ]);
  });
});
