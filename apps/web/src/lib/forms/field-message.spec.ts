import { describe, expect, it } from 'vitest';

import { fieldMessage } from './field-message';

describe('fieldMessage', () => {
  it('names the field before a fragment from the API or the shared schemas', () => {
    expect(fieldMessage('Work email', 'must be an email address')).toBe(
      'Work email must be an email address.',
    );
    expect(fieldMessage('Organization name', 'is required')).toBe('Organization name is required.');
  });

  it('leaves a full sentence as it is, adding only the final stop', () => {
    expect(fieldMessage('Email', 'An account with this email already exists')).toBe(
      'An account with this email already exists.',
    );
    expect(fieldMessage('Email', 'Already taken.')).toBe('Already taken.');
  });

  it('shows nothing when there is no problem', () => {
    expect(fieldMessage('Email', undefined)).toBeUndefined();
  });
});
