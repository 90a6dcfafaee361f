import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@kushim/db';
import { sandboxConnections } from '@kushim/sandbox';
import { encryptCredentials } from '../../apps/api/src/infra/crypto/credential-cipher';
import { parseCredentialKeys } from '../../apps/api/src/infra/crypto/credential-keys';

/** Rows per INSERT: large enough to seed 5,000 integrations in a few statements, small enough for one packet. */
const CHUNK = 1_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(items.slice(i, i + CHUNK));
  }
  return out;
}

/**
 * `count` organizations, each with the five sandbox integrations of the acme scenario, written straight into the
 * database with the owner role. Going through the API instead (argon2 signup, a live credential test per
 * integration) would take longer than the sweep it prepares. Credentials are sealed exactly as the API's
 * CredentialVault seals them (same cipher, same key ring parsing, bound to organization and integration), so the
 * worker opens them as it opens a customer's. No sweep scheduler is created: the bench starts each sweep itself.
 */
export async function seedBenchOrganizations(
  owner: PrismaClient,
  options: { count: number; sandboxUrl: string; credentialKeys: string },
): Promise<string[]> {
  const ring = parseCredentialKeys(options.credentialKeys);
  const connections = sandboxConnections(options.sandboxUrl, 'acme');
  const orgIds = Array.from({ length: options.count }, () => randomUUID());
  const width = String(options.count).length;
  for (const batch of chunks(
    orgIds.map((id, i) => ({ id, name: `Bench org ${String(i + 1).padStart(width, '0')}` })),
  )) {
    await owner.organization.createMany({ data: batch });
  }
  const integrations = orgIds.flatMap((organizationId) =>
    connections.map((connection) => {
      const id = randomUUID();
      return {
        id,
        organizationId,
        provider: connection.provider,
        name: connection.name,
        settings: connection.settings as Prisma.InputJsonObject,
        secretCiphertext: encryptCredentials(
          ring,
          { organizationId, integrationId: id },
          JSON.stringify(connection.credentials),
        ),
      };
    }),
  );
  for (const batch of chunks(integrations)) {
    await owner.integration.createMany({ data: batch });
  }
  return orgIds;
}
