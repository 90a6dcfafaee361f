import { describe, expect, it } from 'vitest';
import { controlStatusFrom } from './check-evaluation';

describe('controlStatusFrom', () => {
  it('fails a control with any failing check', () => {
    expect(controlStatusFrom([{ status: 'PASS' }, { status: 'FAIL' }], 'PASSING')).toBe('FAILING');
  });

  it('passes a control whose checks all pass or do not apply', () => {
    expect(controlStatusFrom([{ status: 'PASS' }, { status: 'NOT_APPLICABLE' }], 'FAILING')).toBe('PASSING');
  });

  it('never turns a failing control into a passing one on inconclusive evidence', () => {
    expect(controlStatusFrom([{ status: 'PASS' }, { status: 'INCONCLUSIVE' }], 'FAILING')).toBe('FAILING');
    expect(controlStatusFrom([{ status: 'INCONCLUSIVE' }], undefined)).toBe('NEEDS_EVIDENCE');
  });

  it('needs evidence when no check produced a result', () => {
    expect(controlStatusFrom([], 'PASSING')).toBe('NEEDS_EVIDENCE');
  });
});
