import { CreateExceptionRequestSchema } from '@kushim/contracts';
import { describe, expect, it } from 'vitest';

import { ExceptionFormSchema, defaultExpiry, toExceptionRequest } from './exception-form';

describe('exception form', () => {
  it('builds a request the API schema accepts, lasting through the chosen day', () => {
    const request = toExceptionRequest('aws.iam.console-users-mfa', 'arn:aws:iam::1:user/ci', {
      justification: '  Service account without console access.  ',
      expiresOn: '2027-02-20',
    });
    expect(request).toEqual({
      checkId: 'aws.iam.console-users-mfa',
      resourceId: 'arn:aws:iam::1:user/ci',
      justification: 'Service account without console access.',
      expiresAt: '2027-02-20T23:59:59.000Z',
    });
    expect(CreateExceptionRequestSchema.safeParse(request).success).toBe(true);
  });

  it('refuses a short justification and a missing date with messages a person can act on', () => {
    const result = ExceptionFormSchema.safeParse({ justification: 'ok', expiresOn: '' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('Explain the decision in at least 10 characters.');
    expect(messages).toContain('Choose the last day the exception applies.');
  });

  it('defaults to 90 days ahead', () => {
    expect(defaultExpiry(new Date('2026-11-22T10:00:00Z'))).toBe('2027-02-20');
  });
});
