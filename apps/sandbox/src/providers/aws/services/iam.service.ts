import { type AwsAccessKeyData, type AwsScenarioData, type AwsUserData, isoDate } from '../data';
import {
  type AwsCall,
  type AwsReply,
  AwsServiceError,
  page,
  queryResponse,
  unknownOperation,
} from '../protocol';
import { el, list, text } from '../xml';

export const iamNamespace = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** IAM over the Query protocol: the account summary, password policy, credential report, users, keys, MFA, policies. */
export function handleIam(call: AwsCall): AwsReply {
  const { data, params } = call;
  const reply = (result: string[]) => queryResponse(call, iamNamespace, result);
  switch (call.action) {
    case 'GetAccountSummary':
      return reply([
        list('SummaryMap', 'entry', Object.entries(accountSummary(data)), ([key, value]) => [
          text('key', key),
          text('value', value),
        ]),
      ]);
    case 'GetAccountPasswordPolicy': {
      const policy = data.iam.passwordPolicy;
      if (!policy) {
        throw new AwsServiceError(
          'NoSuchEntity',
          `The Password Policy with domain name ${data.accountId} cannot be found.`,
          404,
        );
      }
      return reply([
        el(
          'PasswordPolicy',
          Object.entries(policy).map(([key, value]) => text(key, value as string | number | boolean)),
        ),
      ]);
    }
    case 'GenerateCredentialReport':
      return reply([
        text('State', 'COMPLETE'),
        text('Description', 'No report exists. Starting a new report generation task'),
      ]);
    case 'GetCredentialReport':
      return reply([
        text('Content', Buffer.from(credentialReportCsv(data)).toString('base64')),
        text('ReportFormat', 'text/csv'),
        text('GeneratedTime', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')),
      ]);
    case 'ListUsers': {
      const { items, next } = page(data.iam.users, numberParam(params.MaxItems), params.Marker);
      return reply([list('Users', 'member', items, (user) => userXml(data, user)), ...truncation(next)]);
    }
    case 'ListMFADevices': {
      const user = findUser(data, params.UserName);
      const { items, next } = page(user.mfaDevices, numberParam(params.MaxItems), params.Marker);
      return reply([
        list('MFADevices', 'member', items, (d) => [
          text('UserName', user.userName),
          text('SerialNumber', d.serialNumber),
          text('EnableDate', isoDate(d.enableDate)),
        ]),
        ...truncation(next),
      ]);
    }
    case 'ListAccessKeys': {
      const user = findUser(data, params.UserName);
      const { items, next } = page(user.accessKeys, numberParam(params.MaxItems), params.Marker);
      return reply([
        list('AccessKeyMetadata', 'member', items, (k) => [
          text('UserName', user.userName),
          text('AccessKeyId', k.accessKeyId),
          text('Status', k.status),
          text('CreateDate', isoDate(k.createDate)),
        ]),
        ...truncation(next),
      ]);
    }
    case 'ListPolicies': {
      // Only customer-managed (Local) policies exist in the sandbox; AWS-managed ones are outside the scenario.
      const onlyAttached = params.OnlyAttached === 'true';
      const scope = params.Scope ?? 'All';
      const policies =
        scope === 'AWS' ? [] : data.iam.policies.filter((p) => !onlyAttached || p.attachmentCount > 0);
      const { items, next } = page(policies, numberParam(params.MaxItems), params.Marker);
      return reply([
        list('Policies', 'member', items, (p) => [
          text('PolicyName', p.policyName),
          text('DefaultVersionId', 'v1'),
          text('PolicyId', p.policyId),
          text('Path', '/'),
          text('Arn', policyArn(data, p.policyName)),
          text('AttachmentCount', p.attachmentCount),
          text('PermissionsBoundaryUsageCount', 0),
          text('IsAttachable', true),
          text('CreateDate', isoDate(p.createDate)),
          text('UpdateDate', isoDate(p.createDate)),
        ]),
        ...truncation(next),
      ]);
    }
    case 'GetPolicyVersion': {
      const policy = data.iam.policies.find((p) => policyArn(data, p.policyName) === params.PolicyArn);
      if (!policy || params.VersionId !== 'v1') {
        throw new AwsServiceError(
          'NoSuchEntity',
          `Policy ${params.PolicyArn ?? ''} version ${params.VersionId ?? ''} does not exist or is not attachable.`,
          404,
        );
      }
      return reply([
        el('PolicyVersion', [
          // IAM returns policy documents URL-encoded (RFC 3986).
          text('Document', encodeURIComponent(JSON.stringify(policy.document))),
          text('VersionId', 'v1'),
          text('IsDefaultVersion', true),
          text('CreateDate', isoDate(policy.createDate)),
        ]),
      ]);
    }
    default:
      throw unknownOperation(call);
  }
}

function accountSummary(data: AwsScenarioData): Record<string, number> {
  return {
    AccountMFAEnabled: data.iam.root.mfaActive ? 1 : 0,
    AccountAccessKeysPresent: data.iam.root.accessKeys.some((k) => k.status === 'Active') ? 1 : 0,
    AccountSigningCertificatesPresent: 0,
    Users: data.iam.users.length,
    UsersQuota: 5000,
    Policies: data.iam.policies.length,
    PoliciesQuota: 1500,
    Groups: 0,
    GroupsQuota: 300,
    Roles: 0,
    RolesQuota: 1000,
    MFADevices: data.iam.users.reduce((n, u) => n + u.mfaDevices.length, 0),
    MFADevicesInUse: data.iam.users.reduce((n, u) => n + u.mfaDevices.length, 0),
  };
}

function userXml(data: AwsScenarioData, user: AwsUserData): string[] {
  return [
    text('Path', '/'),
    text('UserName', user.userName),
    text('UserId', user.userId),
    text('Arn', `arn:aws:iam::${data.accountId}:user/${user.userName}`),
    text('CreateDate', isoDate(user.createDate)),
    user.passwordLastUsed ? text('PasswordLastUsed', isoDate(user.passwordLastUsed)) : '',
  ];
}

function findUser(data: AwsScenarioData, userName: string | undefined): AwsUserData {
  const user = data.iam.users.find((u) => u.userName === userName);
  if (!user) {
    throw new AwsServiceError('NoSuchEntity', `The user with name ${userName ?? ''} cannot be found.`, 404);
  }
  return user;
}

function policyArn(data: AwsScenarioData, name: string): string {
  return `arn:aws:iam::${data.accountId}:policy/${name}`;
}

function truncation(next: string | undefined): string[] {
  return next ? [text('IsTruncated', true), text('Marker', next)] : [text('IsTruncated', false)];
}

function numberParam(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

const columns = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

/** The credential report CSV with AWS's documented columns and placeholder values (N/A, no_information, not_supported). */
export function credentialReportCsv(data: AwsScenarioData): string {
  const reportDate = (value: string | null | undefined, none: string) =>
    value ? isoDate(value).replace(/Z$/, '+00:00') : none;
  const keyCells = (key: AwsAccessKeyData | undefined) =>
    key
      ? [
          String(key.status === 'Active'),
          reportDate(key.createDate, 'N/A'),
          reportDate(key.lastUsedDate, 'N/A'),
          key.lastUsedDate ? 'us-east-1' : 'N/A',
          key.lastUsedDate ? (key.lastUsedService ?? 's3') : 'N/A',
        ]
      : ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const root = data.iam.root;
  const rootRow = [
    '<root_account>',
    `arn:aws:iam::${data.accountId}:root`,
    reportDate('now-2000d', 'N/A'),
    'not_supported',
    reportDate(root.passwordLastUsed, 'no_information'),
    'not_supported',
    'not_supported',
    String(root.mfaActive),
    ...keyCells(root.accessKeys[0]),
    ...keyCells(root.accessKeys[1]),
    'false',
    'N/A',
    'false',
    'N/A',
  ];
  const userRows = data.iam.users.map((user) => [
    user.userName,
    `arn:aws:iam::${data.accountId}:user/${user.userName}`,
    reportDate(user.createDate, 'N/A'),
    String(user.passwordEnabled),
    user.passwordEnabled ? reportDate(user.passwordLastUsed, 'no_information') : 'N/A',
    user.passwordEnabled ? reportDate(user.passwordLastChanged, 'N/A') : 'N/A',
    'N/A',
    String(user.mfaDevices.length > 0),
    ...keyCells(user.accessKeys[0]),
    ...keyCells(user.accessKeys[1]),
    'false',
    'N/A',
    'false',
    'N/A',
  ]);
  return [columns, rootRow, ...userRows].map((row) => row.join(',')).join('\n');
}
