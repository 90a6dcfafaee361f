import type { z } from 'zod';
import type { CheckDefinition, ProviderId } from './check';
import type { Collector } from './collector';
import type { IntegrationError } from './errors';

export interface PermissionRequirement {
  /** e.g. `iam:GenerateCredentialReport`, `read:org`, `okta.users.read`. */
  permission: string;
  /** Why Kushim needs it, in one line. */
  reason: string;
}

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
  missingPermissions: string[];
}

/**
 * A provider = a manifest (schemas, permissions) + an official-SDK client factory + collectors + checks.
 * `credentialSchema` holds secrets (encrypted at rest, never returned); `settingsSchema` holds non-secret options
 * such as endpoint overrides (GitHub Enterprise, custom Okta domain, VPC endpoints, the sandbox).
 */
export interface ProviderDefinition<TCredentials = unknown, TSettings = unknown, TClient = unknown> {
  id: Exclude<ProviderId, 'cross'>;
  name: string;
  description: string;
  credentialSchema: z.ZodType<TCredentials>;
  settingsSchema: z.ZodType<TSettings>;
  permissions: PermissionRequirement[];
  createClient(credentials: TCredentials, settings: TSettings): TClient;
  testConnection(client: TClient, settings: TSettings): Promise<ConnectionTestResult>;
  collectors: Collector<TClient, TSettings>[];
  checks: CheckDefinition[];
  /** Maps any error thrown by this provider's SDK into a typed IntegrationError. */
  classifyError(error: unknown): IntegrationError;
}

/** Keeps a provider's generic types while storing it in a heterogeneous registry. */
export function defineProvider<TCredentials, TSettings, TClient>(
  provider: ProviderDefinition<TCredentials, TSettings, TClient>,
): ProviderDefinition<TCredentials, TSettings, TClient> {
  return provider;
}
