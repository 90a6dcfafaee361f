/**
 * Okta evidence kinds and their content, exactly as the collectors write them and the checks (and the cross-source
 * offboarding checks) read them. Lists are sorted by id so identical data hashes identically.
 */
export const oktaEvidence = {
  users: 'okta.users.directory',
  factors: 'okta.users.factors',
  mfaEnrollPolicies: 'okta.policies.mfa-enroll',
  passwordPolicies: 'okta.policies.password',
  signOnPolicies: 'okta.policies.sign-on',
  superAdmins: 'okta.roles.super-admins',
  logStreams: 'okta.logs.streams',
} as const;

export interface OktaUserRecord {
  id: string;
  login: string;
  email: string | null;
  /** Okta user status: ACTIVE, DEPROVISIONED, SUSPENDED, STAGED, PROVISIONED, RECOVERY, LOCKED_OUT, PASSWORD_EXPIRED. */
  status: string;
  created: string | null;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
}

/** `okta.users.directory`: every user, including DEPROVISIONED ones (listed separately by Okta). */
export interface OktaUsersEvidence {
  users: OktaUserRecord[];
}

export interface OktaFactorRecord {
  id: string;
  factorType: string;
  provider: string | null;
  status: string;
}

/** `okta.users.factors`: enrolled factors of each ACTIVE user. */
export interface OktaFactorsEvidence {
  users: { userId: string; login: string; factors: OktaFactorRecord[] }[];
}

export interface OktaMfaEnrollPolicyRecord {
  id: string;
  name: string;
  status: string;
  priority: number | null;
  system: boolean;
  /** Authenticators (Identity Engine) or factors (Classic) and whether enrollment is REQUIRED/OPTIONAL/NOT_ALLOWED. */
  authenticators: { key: string; enroll: string }[];
}

export interface OktaMfaEnrollPoliciesEvidence {
  policies: OktaMfaEnrollPolicyRecord[];
}

export interface OktaPasswordPolicyRecord {
  id: string;
  name: string;
  status: string;
  priority: number | null;
  minLength: number | null;
  minLowerCase: number | null;
  minUpperCase: number | null;
  minNumber: number | null;
  minSymbol: number | null;
  historyCount: number | null;
  maxAgeDays: number | null;
  lockoutMaxAttempts: number | null;
}

export interface OktaPasswordPoliciesEvidence {
  policies: OktaPasswordPolicyRecord[];
}

export interface OktaSignOnRuleRecord {
  id: string;
  name: string;
  status: string;
  priority: number | null;
  access: string | null;
  requireFactor: boolean | null;
  maxSessionIdleMinutes: number | null;
  /** 0 means no limit in Okta. */
  maxSessionLifetimeMinutes: number | null;
  usePersistentCookie: boolean | null;
}

export interface OktaSignOnPoliciesEvidence {
  policies: {
    id: string;
    name: string;
    status: string;
    priority: number | null;
    rules: OktaSignOnRuleRecord[];
  }[];
}

/** `okta.roles.super-admins`: users holding the SUPER_ADMIN role (directly assigned). */
export interface OktaSuperAdminsEvidence {
  org: string;
  superAdmins: { userId: string; login: string; status: string }[];
}

export interface OktaLogStreamsEvidence {
  org: string;
  streams: { id: string; name: string; type: string; status: string }[];
}
