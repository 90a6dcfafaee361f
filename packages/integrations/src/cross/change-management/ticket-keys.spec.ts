import { describe, expect, it } from 'vitest';
import { referencedTicketKeys } from './ticket-keys';

describe('referencedTicketKeys', () => {
  it('finds keys in the title, a lower-case branch name and the description', () => {
    expect(
      referencedTicketKeys('CHG', [
        'CHG-101 Add limits',
        'feature/chg-102-checkout',
        'See CHG-7, also CHG-101.',
      ]),
    ).toEqual(['CHG-7', 'CHG-101', 'CHG-102']);
  });

  it('ignores keys of other projects and look-alikes', () => {
    expect(referencedTicketKeys('CHG', ['XCHG-1 SEC-4', 'CHG-', 'exchg-12'])).toEqual([]);
  });
});
