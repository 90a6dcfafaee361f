import { describe, expect, it } from 'vitest';

import { payloadSummary } from './payload-summary';

describe('payloadSummary', () => {
  it('names the target, then simple payload fields, counting arrays', () => {
    expect(
      payloadSummary({
        target: { type: 'exception', id: 'e1' },
        payload: {
          checkId: 'aws.kms.key-rotation-enabled',
          results: [{}, {}],
          nested: { a: 1 },
          active: true,
        },
      }),
    ).toBe('exception e1 · checkId: aws.kms.key-rotation-enabled · results: 2 items · active: true');
  });

  it('cuts long lines and says so when there is nothing to show', () => {
    expect(payloadSummary({ target: null, payload: { body: 'x'.repeat(400) } })).toHaveLength(160);
    expect(payloadSummary({ target: null, payload: {} })).toBe('—');
  });
});
