import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  type IntegrationError,
} from '@kushim/integrations';

/**
 * The message a compliance manager reads on the integration (`lastError`) when its provider refuses us: what
 * happened and what to do about it.
 */
export function actionableMessage(providerName: string, error: IntegrationError): string {
  if (error instanceof IntegrationPermissionError) {
    const missing =
      error.missingPermissions.length > 0 ? error.missingPermissions.join(', ') : 'a required permission';
    return `${providerName} denied access: grant ${missing} to the credentials Kushim uses, then test the connection. (${error.message})`;
  }
  if (error instanceof IntegrationAuthError) {
    return `${providerName} rejected the credentials (revoked, expired or mistyped): replace them in the integration settings. (${error.message})`;
  }
  if (error instanceof ProviderRateLimitedError) {
    return `${providerName} kept rate-limiting Kushim; collection will be retried on the next run. (${error.message})`;
  }
  return `${providerName} was unavailable; collection will be retried on the next run. (${error.message})`;
}
