import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import type { ConnectionTest } from '@kushim/contracts';
import { IntegrationPermissionError, type ProviderDefinition } from '@kushim/integrations';
import { INTEGRATION_REGISTRY, type IntegrationRegistry } from './integration-registry.module';

type Provider = ProviderDefinition<unknown, unknown, unknown>;

/** A live connection test gives up after this long (a wrong endpoint must not hang a request). */
const CONNECTION_TEST_TIMEOUT_MS = 20_000;

/** Re-roots zod issues under the request field they came from (`credentials.token`), for the 400 body. */
function underField(field: string, error: z.ZodError): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] })));
}

/**
 * Validates credentials and settings against a provider's own schemas and talks to the provider through its
 * official SDK to prove they work. The only place the API turns provider errors into a connection verdict.
 */
@Injectable()
export class ProviderConnection {
  constructor(@Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry) {}

  provider(id: string): Provider {
    const provider = this.registry.provider(id);
    if (!provider) {
      throw new NotFoundException(`Unknown provider "${id}"`);
    }
    return provider;
  }

  /** Parsed credentials; a ZodError (→ 400 naming `credentials.<field>`) otherwise. */
  parseCredentials(provider: Provider, credentials: unknown): unknown {
    const parsed = provider.credentialSchema.safeParse(credentials);
    if (!parsed.success) {
      throw underField('credentials', parsed.error);
    }
    return parsed.data;
  }

  /** Parsed settings with the provider's defaults filled in; a ZodError naming `settings.<field>` otherwise. */
  parseSettings(provider: Provider, settings: unknown): Record<string, unknown> {
    const parsed = provider.settingsSchema.safeParse(settings);
    if (!parsed.success) {
      throw underField('settings', parsed.error);
    }
    return parsed.data as Record<string, unknown>;
  }

  /** A live call through the SDK. Never throws for provider failures: they come back as `ok: false` with why. */
  async test(provider: Provider, credentials: unknown, settings: unknown): Promise<ConnectionTest> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`${provider.name} did not answer within ${CONNECTION_TEST_TIMEOUT_MS / 1000} s`)),
        CONNECTION_TEST_TIMEOUT_MS,
      );
    });
    try {
      const client = provider.createClient(credentials, settings);
      const result = await Promise.race([provider.testConnection(client, settings), timeout]);
      return { ok: result.ok, message: result.message, missingPermissions: [...result.missingPermissions] };
    } catch (error) {
      const typed = provider.classifyError(error);
      return {
        ok: false,
        message: typed.message,
        missingPermissions: typed instanceof IntegrationPermissionError ? [...typed.missingPermissions] : [],
      };
    } finally {
      clearTimeout(timer);
    }
  }
}
