import { describe, expect, it } from 'vitest';

import { readControlFilters, writeControlFilters } from './control-filters';

describe('control filters in the URL', () => {
  it('round-trips status, criterion and search', () => {
    const query = writeControlFilters({ status: 'FAILING', criterion: 'CC6.1', q: 'mfa' });
    expect(query).toBe('status=FAILING&criterion=CC6.1&q=mfa');
    expect(readControlFilters(new URLSearchParams(query))).toEqual({
      status: 'FAILING',
      criterion: 'CC6.1',
      q: 'mfa',
    });
  });

  it('drops values the API would refuse instead of failing the page', () => {
    expect(readControlFilters(new URLSearchParams('status=BROKEN&criterion=6.1&q=%20%20'))).toEqual({});
  });

  it('normalises a lower-case criterion', () => {
    expect(readControlFilters(new URLSearchParams('criterion=cc7.2'))).toEqual({ criterion: 'CC7.2' });
  });
});
