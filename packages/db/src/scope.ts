import type { PrismaClient, Prisma } from './generated/prisma/client';

/** A transaction client: what a unit of work receives. */
export type DbTx = Prisma.TransactionClient;

declare const orgIdBrand: unique symbol;
/** An organization id that has been resolved from an authorised request or a scheduled job. */
export type OrgId = string & { readonly [orgIdBrand]: true };
export const asOrgId = (id: string): OrgId => id as OrgId;

/**
 * The settings row-level security policies read (`current_setting('app.*', true)`). Every field is optional; an
 * unset field matches nothing, so a forgotten scope returns no rows instead of another tenant's.
 */
export interface DbScope {
  orgId?: OrgId;
  userId?: string;
  apiKeyHash?: string;
  inviteTokenHash?: string;
}

/** Runs `work` in one transaction whose first statement sets the RLS scope (transaction-local). */
export async function withScope<T>(
  client: PrismaClient,
  scope: DbScope,
  work: (tx: DbTx) => Promise<T>,
  options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number },
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`select set_config('app.org_id', ${scope.orgId ?? ''}, true),
        set_config('app.user_id', ${scope.userId ?? ''}, true),
        set_config('app.api_key_hash', ${scope.apiKeyHash ?? ''}, true),
        set_config('app.invite_token_hash', ${scope.inviteTokenHash ?? ''}, true)`;
      return work(tx);
    },
    {
      timeout: options?.timeout ?? 15_000,
      ...(options?.isolationLevel ? { isolationLevel: options.isolationLevel } : {}),
    },
  );
}

/** The tenant-scoped unit of work: every query inside sees only `orgId`'s rows. */
export function withTenant<T>(
  client: PrismaClient,
  orgId: OrgId,
  work: (tx: DbTx) => Promise<T>,
): Promise<T> {
  return withScope(client, { orgId }, work);
}
