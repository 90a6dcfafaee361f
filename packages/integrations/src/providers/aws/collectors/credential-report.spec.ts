import { describe, expect, it } from 'vitest';
import { parseCredentialReport, parseCsv } from './credential-report';

const header =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

describe('parseCredentialReport', () => {
  it('reads the root row with its not_supported placeholders', () => {
    const [root] = parseCredentialReport(
      `${header}\n<root_account>,arn:aws:iam::1:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-02T03:04:05+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
    expect(root).toEqual({
      user: '<root_account>',
      arn: 'arn:aws:iam::1:root',
      userCreationTime: '2020-01-01T00:00:00.000Z',
      passwordEnabled: null,
      passwordLastUsed: '2026-01-02T03:04:05.000Z',
      passwordLastChanged: null,
      mfaActive: true,
      accessKeys: [
        { slot: 1, active: false, lastRotated: null, lastUsedDate: null },
        { slot: 2, active: false, lastRotated: null, lastUsedDate: null },
      ],
    });
  });

  it('reads a user who never signed in and an active key never used', () => {
    const [user] = parseCredentialReport(
      `${header}\nbob,arn:aws:iam::1:user/bob,2025-01-01T00:00:00+00:00,true,no_information,2025-01-01T00:00:00+00:00,N/A,false,true,2025-02-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n`,
    );
    expect(user).toMatchObject({ passwordEnabled: true, passwordLastUsed: null, mfaActive: false });
    expect(user?.accessKeys[0]).toEqual({
      slot: 1,
      active: true,
      lastRotated: '2025-02-01T00:00:00.000Z',
      lastUsedDate: null,
    });
  });

  it('rejects content without the documented header', () => {
    expect(() => parseCredentialReport('hello,world')).toThrow(/header/);
  });

  it('keeps commas inside quoted fields', () => {
    expect(parseCsv('a,"b,c",d\r\n1,2,3')).toEqual([
      ['a', 'b,c', 'd'],
      ['1', '2', '3'],
    ]);
  });
});
