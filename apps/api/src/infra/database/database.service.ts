import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  createPrismaClient,
  withScope,
  withTenant,
  type DbScope,
  type DbTx,
  type OrgId,
  type PrismaClient,
} from '@kushim/db';
import { ApiConfig } from '../../config/api-config';

/**
 * The two database roles. `app` (kushim_app, row-level security applies) serves every request and every per-tenant
 * job step; `system` (the owner role) is only for cross-tenant jobs such as listing every organization.
 */
@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  readonly app: PrismaClient;
  readonly system: PrismaClient;

  constructor(config: ApiConfig) {
    this.app = createPrismaClient({
      url: config.env.DATABASE_APP_URL,
      poolMax: config.env.DATABASE_POOL_MAX,
    });
    this.system = createPrismaClient({ url: config.env.DATABASE_URL, poolMax: 2 });
  }

  /** One transaction in which every query sees only `orgId`'s rows. */
  tenant<T>(orgId: OrgId, work: (tx: DbTx) => Promise<T>): Promise<T> {
    return withTenant(this.app, orgId, work);
  }

  /** One transaction with an explicit RLS scope (a user's memberships, an API key or invitation lookup). */
  scoped<T>(scope: DbScope, work: (tx: DbTx) => Promise<T>): Promise<T> {
    return withScope(this.app, scope, work);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.app.$disconnect(), this.system.$disconnect()]);
  }
}
