import { Client, DefaultRequestExecutor } from '@okta/okta-sdk-nodejs';
import type { OktaCredentials } from './credentials';
import type { OktaSettings } from './settings';

/**
 * Builds the official Okta SDK client. Retries are off (maxRetries 0) because the worker owns retry and backoff,
 * and the SDK's response cache is off so every collection sees current data.
 */
export function createOktaClient(credentials: OktaCredentials, settings: OktaSettings): Client {
  const orgUrl = settings.endpointOverride ?? settings.orgUrl;
  if (!orgUrl) {
    throw new Error('orgUrl is required');
  }
  return new Client({
    orgUrl,
    token: credentials.apiToken,
    authorizationMode: 'SSWS',
    requestExecutor: new DefaultRequestExecutor({ maxRetries: 0, requestTimeout: 0 }),
    cacheMiddleware: null,
  });
}
