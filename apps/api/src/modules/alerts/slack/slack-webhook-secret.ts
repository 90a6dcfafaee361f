import { z } from 'zod';
import type { CredentialVault } from '@/infra/crypto/credential-vault.service';

/**
 * An organization's incoming-webhook URL is a secret (whoever holds it can post to the channel): sealed with the
 * credential vault like integration credentials, bound to the organization (AAD `organizationId` +
 * `slack-webhook`), so a ciphertext copied to another organization's row does not open.
 */
const binding = (organizationId: string) => ({ organizationId, integrationId: 'slack-webhook' });

const sealedWebhook = z.object({ url: z.url({ protocol: /^https?$/ }) });

export function sealSlackWebhook(vault: CredentialVault, organizationId: string, url: string): string {
  return vault.seal(binding(organizationId), { url });
}

export function openSlackWebhook(vault: CredentialVault, organizationId: string, sealed: string): string {
  return sealedWebhook.parse(vault.open(binding(organizationId), sealed)).url;
}
