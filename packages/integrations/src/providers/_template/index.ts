import { z } from 'zod';
import { IntegrationAuthError, ProviderUnavailableError } from '../../core/errors';
import { defineProvider } from '../../core/provider';

/**
 * Template provider: copy this folder (see README.md). It is not registered. Its client is a plain description of
 * where requests would go, standing in for the official SDK client a real provider builds in client.ts.
 */
const credentialSchema = z.object({ token: z.string().min(1).describe('API token') }).strict();
const settingsSchema = z.object({ baseUrl: z.url().optional().describe('Endpoint override') }).strict();

export const templateProvider = defineProvider({
  id: 'slack',
  name: 'Template',
  description: 'Copy me.',
  credentialSchema,
  settingsSchema,
  permissions: [{ permission: 'read', reason: 'Read the configuration the checks inspect.' }],
  createClient: (credentials, settings) => ({
    token: credentials.token,
    baseUrl: settings.baseUrl ?? 'https://api.example.com',
  }),
  testConnection: () => Promise.resolve({ ok: true, message: 'Connected.', missingPermissions: [] }),
  collectors: [],
  checks: [],
  classifyError: (error) =>
    error instanceof Error && /401/.test(error.message)
      ? new IntegrationAuthError('The token was rejected.')
      : new ProviderUnavailableError(error instanceof Error ? error.message : 'Unknown provider error'),
});
