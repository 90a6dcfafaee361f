import { z } from 'zod';

/** Check thresholds and their documented defaults (docs/integrations/okta.md). */
export const oktaCheckDefaults = {
  superAdminLimit: 3,
  inactiveUserDays: 90,
  passwordMinLength: 12,
  passwordHistoryCount: 5,
  passwordRequireSymbol: false,
  passwordMaxLockoutAttempts: 10,
  maxSessionIdleMinutes: 60,
  maxSessionLifetimeMinutes: 720,
} as const;

const thresholdFields = {
  superAdminLimit: z.number().int().min(1).describe('Most Super Administrators allowed (default 3)'),
  inactiveUserDays: z
    .number()
    .int()
    .min(1)
    .describe('Days without sign-in after which a user must be deactivated (default 90)'),
  passwordMinLength: z.number().int().min(1).describe('Minimum password length (default 12)'),
  passwordHistoryCount: z
    .number()
    .int()
    .min(0)
    .describe('Previous passwords that cannot be reused (default 5)'),
  passwordRequireSymbol: z
    .boolean()
    .describe('Whether password complexity must include a symbol (default false)'),
  passwordMaxLockoutAttempts: z
    .number()
    .int()
    .min(1)
    .describe('Most failed attempts before lockout (default 10)'),
  maxSessionIdleMinutes: z
    .number()
    .int()
    .min(1)
    .describe('Longest allowed idle session, minutes (default 60)'),
  maxSessionLifetimeMinutes: z
    .number()
    .int()
    .min(1)
    .describe('Longest allowed session, minutes (default 720)'),
};

export type OktaCheckSettings = {
  -readonly [K in keyof typeof oktaCheckDefaults]: (typeof oktaCheckDefaults)[K] extends boolean
    ? boolean
    : number;
};

/**
 * Non-secret integration settings. `orgUrl` is the customer's Okta org (https only). `endpointOverride` sends the
 * SDK's calls elsewhere — the Kushim sandbox or a development proxy — and is the only way to use plain http: the
 * Okta SDK (v8) itself has no https or *.okta.com check (older SDKs had `testing.disableHttpsCheck`), so Kushim
 * enforces https for real orgs here.
 */
export const oktaSettingsSchema = z
  .object({
    orgUrl: z
      .url({ protocol: /^https$/ })
      .optional()
      .describe('Your Okta org URL, e.g. https://acme.okta.com'),
    endpointOverride: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Development/sandbox only: send Okta API calls to this URL instead of the org URL'),
    superAdminLimit: thresholdFields.superAdminLimit.optional(),
    inactiveUserDays: thresholdFields.inactiveUserDays.optional(),
    passwordMinLength: thresholdFields.passwordMinLength.optional(),
    passwordHistoryCount: thresholdFields.passwordHistoryCount.optional(),
    passwordRequireSymbol: thresholdFields.passwordRequireSymbol.optional(),
    passwordMaxLockoutAttempts: thresholdFields.passwordMaxLockoutAttempts.optional(),
    maxSessionIdleMinutes: thresholdFields.maxSessionIdleMinutes.optional(),
    maxSessionLifetimeMinutes: thresholdFields.maxSessionLifetimeMinutes.optional(),
  })
  .strict()
  .refine((settings) => Boolean(settings.orgUrl ?? settings.endpointOverride), {
    message: 'orgUrl is required',
    path: ['orgUrl'],
  });

export type OktaSettings = z.infer<typeof oktaSettingsSchema>;

const checkSettingsReader = z.object({
  superAdminLimit: thresholdFields.superAdminLimit.catch(oktaCheckDefaults.superAdminLimit),
  inactiveUserDays: thresholdFields.inactiveUserDays.catch(oktaCheckDefaults.inactiveUserDays),
  passwordMinLength: thresholdFields.passwordMinLength.catch(oktaCheckDefaults.passwordMinLength),
  passwordHistoryCount: thresholdFields.passwordHistoryCount.catch(oktaCheckDefaults.passwordHistoryCount),
  passwordRequireSymbol: thresholdFields.passwordRequireSymbol.catch(oktaCheckDefaults.passwordRequireSymbol),
  passwordMaxLockoutAttempts: thresholdFields.passwordMaxLockoutAttempts.catch(
    oktaCheckDefaults.passwordMaxLockoutAttempts,
  ),
  maxSessionIdleMinutes: thresholdFields.maxSessionIdleMinutes.catch(oktaCheckDefaults.maxSessionIdleMinutes),
  maxSessionLifetimeMinutes: thresholdFields.maxSessionLifetimeMinutes.catch(
    oktaCheckDefaults.maxSessionLifetimeMinutes,
  ),
});

/** Reads check thresholds from a check context's settings; absent or invalid values fall back to the defaults. */
export function readOktaCheckSettings(settings: Readonly<Record<string, unknown>>): OktaCheckSettings {
  return checkSettingsReader.parse(settings);
}
