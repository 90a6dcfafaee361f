import type {
  AuthenticatorEnrollmentPolicy,
  LogStream,
  OktaSignOnPolicy,
  OktaSignOnPolicyRule,
  PasswordPolicy,
  StandardRole,
  User,
  UserFactor,
} from '@okta/okta-sdk-nodejs';

/**
 * An SDK model as JSON carries it: Dates are ISO strings, and string-literal unions are plain strings (TypeScript
 * widens strings read from a .json import, so enum values are checked at run time by okta-scenario.spec.ts).
 */
export type OktaWire<T> = T extends Date
  ? string
  : T extends string
    ? string
    : T extends readonly (infer U)[]
      ? OktaWire<U>[]
      : T extends object
        ? { [K in keyof T]: OktaWire<T[K]> }
        : T;

/** Okta data of one scenario (scenarios/<name>/okta.json), typed with the Okta SDK's own models. */
export interface OktaScenarioData {
  /** Timestamps in the file are as of this instant; the sandbox shifts them so "N days ago" stays N days ago. */
  asOf: string;
  users: OktaWire<User>[];
  factors: Record<string, OktaWire<UserFactor>[]>;
  mfaEnrollPolicies: OktaWire<AuthenticatorEnrollmentPolicy>[];
  passwordPolicies: OktaWire<PasswordPolicy>[];
  signOnPolicies: OktaWire<OktaSignOnPolicy>[];
  policyRules: Record<string, OktaWire<OktaSignOnPolicyRule>[]>;
  roles: Record<string, OktaWire<StandardRole>[]>;
  logStreams: OktaWire<LogStream>[];
}
