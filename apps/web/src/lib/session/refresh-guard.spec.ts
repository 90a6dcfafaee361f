import { describe, expect, it } from 'vitest';

import { safeReturnPath } from './refresh-guard';

describe('safeReturnPath', () => {
  it('keeps a same-site path with its query', () => {
    expect(safeReturnPath('/orgs?tab=members')).toBe('/orgs?tab=members');
  });

  it.each([
    'https://evil.example/orgs',
    '//evil.example/orgs',
    '/\\evil.example',
    'orgs',
    '',
    null,
    undefined,
  ])('refuses %j and returns to the organizations page instead', (candidate) => {
    expect(safeReturnPath(candidate)).toBe('/orgs');
  });
});
