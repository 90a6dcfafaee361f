import { describe, expect, it } from 'vitest';

import { RequestError, describeFailure } from './request-error';

describe('RequestError', () => {
  it("uses the API's own words for a 4xx and finds a field's message by its path", () => {
    const error = new RequestError(
      400,
      {
        message: 'credentials.accessKeyId: is required',
        issues: [
          { path: ['credentials', 'accessKeyId'], message: 'is required' },
          { path: ['auditWindow', 'to'], message: 'must be after from' },
        ],
      },
      'req-1',
    );
    expect(error.message).toBe('credentials.accessKeyId: is required');
    expect(error.fieldMessage('credentials.accessKeyId')).toBe('is required');
    expect(error.fieldMessage('auditWindow.to')).toBe('must be after from');
    expect(error.fieldMessage('auditWindow')).toBe('must be after from');
    expect(error.fieldMessage('email')).toBeUndefined();
    expect(error.requestId).toBe('req-1');
  });

  it('never shows a server error or an unreachable API as raw text', () => {
    expect(describeFailure(500, { message: 'TypeError: x is undefined' })).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
    expect(describeFailure(0, {})).toMatch(/could not reach its server/);
    expect(describeFailure(404, {})).toMatch(/does not exist/);
    expect(describeFailure(429, { message: 'ThrottlerException' })).toMatch(/Too many requests/);
  });
});
