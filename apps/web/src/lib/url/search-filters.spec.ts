import { describe, expect, it } from 'vitest';

import { dayToIso, filtersQuery, readFilters } from './search-filters';

describe('filters in the address', () => {
  const keys = ['action', 'actor', 'from'] as const;

  it('keeps only known, non-empty keys, in a stable order', () => {
    const filters = readFilters(new URLSearchParams('from=2026-11-01&junk=1&actor=%20&action=auth.*'), keys);
    expect(filters).toEqual({ from: '2026-11-01', action: 'auth.*' });
    expect(filtersQuery(filters, keys)).toBe('action=auth.*&from=2026-11-01');
  });

  it('turns a day into the start or the exclusive end of that UTC day', () => {
    expect(dayToIso('2026-11-22', 'start')).toBe('2026-11-22T00:00:00.000Z');
    expect(dayToIso('2026-11-22', 'end')).toBe('2026-11-23T00:00:00.000Z');
    expect(dayToIso('22/11/2026', 'start')).toBeUndefined();
    expect(dayToIso('2026-13-45', 'start')).toBeUndefined();
  });
});
