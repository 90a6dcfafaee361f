import type {
  AuthenticatorEnrollmentPolicyAuthenticatorStatus,
  LifecycleStatus,
  LogStreamType,
  RoleType,
  UserFactorStatus,
  UserFactorType,
  UserStatus,
} from '@okta/okta-sdk-nodejs';
import { describe, expect, it } from 'vitest';
import acme from '../../../scenarios/acme/okta.json';
import allPass from '../../../scenarios/all-pass/okta.json';

/**
 * JSON imports widen enum strings, so `tsc` cannot check them (okta-scenarios.typecheck.ts checks everything else).
 * These lists are typed with the SDK's unions (`satisfies`), so a value the SDK does not know cannot be listed here.
 */
const userStatuses = [
  'ACTIVE',
  'DEPROVISIONED',
  'SUSPENDED',
  'STAGED',
  'PROVISIONED',
  'RECOVERY',
  'LOCKED_OUT',
  'PASSWORD_EXPIRED',
] as const satisfies readonly UserStatus[];
const factorStatuses = [
  'ACTIVE',
  'PENDING_ACTIVATION',
  'NOT_SETUP',
  'INACTIVE',
  'DISABLED',
  'ENROLLED',
  'EXPIRED',
] as const satisfies readonly UserFactorStatus[];
const factorTypes = [
  'push',
  'webauthn',
  'question',
  'token:software:totp',
  'sms',
  'email',
  'call',
  'token:hardware',
] as const satisfies readonly UserFactorType[];
const lifecycle = ['ACTIVE', 'INACTIVE'] as const satisfies readonly LifecycleStatus[];
const enrollment = [
  'REQUIRED',
  'OPTIONAL',
  'NOT_ALLOWED',
] as const satisfies readonly AuthenticatorEnrollmentPolicyAuthenticatorStatus[];
const roleTypes = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'HELP_DESK_ADMIN',
  'READ_ONLY_ADMIN',
  'APP_ADMIN',
] as const satisfies readonly RoleType[];
const logStreamTypes = [
  'aws_eventbridge',
  'splunk_cloud_logstreaming',
] as const satisfies readonly LogStreamType[];

describe.each([
  ['acme', acme],
  ['all-pass', allPass],
])('Okta scenario %s', (_name, data) => {
  it('uses only enum values the Okta SDK defines', () => {
    const within = (values: string[], allowed: readonly string[]) =>
      expect(values.filter((v) => !allowed.includes(v))).toEqual([]);
    within(
      data.users.map((u) => u.status),
      userStatuses,
    );
    const factors = Object.values(data.factors).flat();
    within(
      factors.map((f) => f.status),
      factorStatuses,
    );
    within(
      factors.map((f) => f.factorType),
      factorTypes,
    );
    within(
      [...data.mfaEnrollPolicies, ...data.passwordPolicies, ...data.signOnPolicies].map((p) => p.status),
      lifecycle,
    );
    within(
      data.mfaEnrollPolicies.flatMap((p) => p.settings.authenticators.map((a) => a.enroll.self)),
      enrollment,
    );
    within(
      Object.values(data.roles)
        .flat()
        .map((r) => r.type),
      roleTypes,
    );
    within(
      data.logStreams.map((s) => s.type),
      logStreamTypes,
    );
  });

  it('keeps factors and roles keyed by existing user ids', () => {
    const ids = new Set(data.users.map((u) => u.id));
    expect([...Object.keys(data.factors), ...Object.keys(data.roles)].filter((id) => !ids.has(id))).toEqual(
      [],
    );
  });
});
