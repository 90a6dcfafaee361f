import type { AwsCredentialReportKey, AwsCredentialReportRow } from '../evidence';

/** Splits RFC 4180 CSV (the credential report quotes nothing today, but IAM user names may contain commas). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((value) => value !== ''));
}

/** `N/A`, `no_information`, `not_supported` and empty cells mean "no date". */
function dateCell(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Parses the credential report CSV (documented columns: user, arn, …, access_key_2_last_used_service, cert_…). */
export function parseCredentialReport(csv: string): AwsCredentialReportRow[] {
  const [header, ...lines] = parseCsv(csv);
  if (!header || !header.includes('user') || !header.includes('mfa_active')) {
    throw new Error('the IAM credential report has no header row');
  }
  return lines.map((cells) => {
    const cell = (name: string): string | undefined => cells[header.indexOf(name)];
    const key = (slot: 1 | 2): AwsCredentialReportKey => ({
      slot,
      active: cell(`access_key_${slot}_active`) === 'true',
      lastRotated: dateCell(cell(`access_key_${slot}_last_rotated`)),
      lastUsedDate: dateCell(cell(`access_key_${slot}_last_used_date`)),
    });
    const password = cell('password_enabled');
    return {
      user: cell('user') ?? '',
      arn: cell('arn') ?? '',
      userCreationTime: dateCell(cell('user_creation_time')),
      passwordEnabled: password === 'true' ? true : password === 'false' ? false : null,
      passwordLastUsed: dateCell(cell('password_last_used')),
      passwordLastChanged: dateCell(cell('password_last_changed')),
      mfaActive: cell('mfa_active') === 'true',
      accessKeys: [key(1), key(2)],
    };
  });
}
