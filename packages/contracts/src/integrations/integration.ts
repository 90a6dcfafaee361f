import { z } from 'zod';
import { UuidSchema } from '../common/ids';

export const ProviderIdSchema = z.enum(['aws', 'github', 'okta', 'jira', 'slack']);
export type ProviderIdName = z.infer<typeof ProviderIdSchema>;

export const IntegrationStatusSchema = z.enum(['CONNECTED', 'ERROR', 'DISABLED']);
export type IntegrationStatusName = z.infer<typeof IntegrationStatusSchema>;

const name = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');
/** Secrets: validated against the provider's credential schema, encrypted, never returned. */
const credentials = z.record(z.string(), z.unknown());
/** Non-secret options, validated against the provider's settings schema (endpoint overrides, thresholds…). */
const settings = z.record(z.string(), z.unknown());
const scheduleEveryHours = z.number().int().min(1, 'must be at least 1').max(168, 'must be at most 168');

export const CreateIntegrationRequestSchema = z
  .object({
    provider: ProviderIdSchema,
    name,
    credentials,
    settings: settings.default({}),
    scheduleEveryHours: scheduleEveryHours.optional(),
  })
  .strict();
export type CreateIntegrationRequest = z.infer<typeof CreateIntegrationRequestSchema>;

export const UpdateIntegrationRequestSchema = z
  .object({
    name: name.optional(),
    /** Replaces the stored credentials (validated by a live call first). */
    credentials: credentials.optional(),
    settings: settings.optional(),
    /** DISABLED pauses collection; CONNECTED re-enables (after a live test). */
    status: z.enum(['CONNECTED', 'DISABLED']).optional(),
    scheduleEveryHours: scheduleEveryHours.optional(),
  })
  .strict();
export type UpdateIntegrationRequest = z.infer<typeof UpdateIntegrationRequestSchema>;

/** An integration as the API shows it: never its credentials. */
export const IntegrationSchema = z.object({
  id: z.uuid(),
  provider: ProviderIdSchema,
  name: z.string(),
  settings: z.record(z.string(), z.unknown()),
  status: IntegrationStatusSchema,
  /** Actionable: which permission or scope is missing, or that the credentials were rejected. */
  lastError: z.string().nullable(),
  lastCollectedAt: z.string().nullable(),
  scheduleEveryHours: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IntegrationView = z.infer<typeof IntegrationSchema>;

export const IntegrationListSchema = z.object({ items: z.array(IntegrationSchema) });
export type IntegrationList = z.infer<typeof IntegrationListSchema>;

export const ConnectionTestSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  missingPermissions: z.array(z.string()),
});
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

export const IntegrationParamsSchema = z.object({ orgId: UuidSchema, integrationId: UuidSchema }).strict();

export const ProviderSummarySchema = z.object({
  id: ProviderIdSchema,
  name: z.string(),
  description: z.string(),
  /** JSON Schema (draft 2020-12) of the secrets the customer pastes. */
  credentialSchema: z.record(z.string(), z.unknown()),
  /** JSON Schema of the non-secret settings. */
  settingsSchema: z.record(z.string(), z.unknown()),
  permissions: z.array(z.object({ permission: z.string(), reason: z.string() })),
  checks: z.number().int(),
});
export type ProviderSummary = z.infer<typeof ProviderSummarySchema>;
export const ProviderListSchema = z.object({ items: z.array(ProviderSummarySchema) });
export type ProviderList = z.infer<typeof ProviderListSchema>;
