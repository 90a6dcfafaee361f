/**
 * A Nest application context (no HTTP) with the catalog and controls modules on the run's database: DatabaseService
 * is built from the same @kushim/db helpers it wraps, with the kushim_app role so row-level security applies.
 */
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  asOrgId,
  createPrismaClient,
  withScope,
  withTenant,
  type OrgId,
  type PrismaClient,
} from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { DatabaseService } from '@/infra/database/database.service';
import { ControlsModule } from '@/modules/controls/controls.module';
import { ClockModule } from '@/common/time/clock.module';

export interface ControlsTestContext {
  app: INestApplicationContext;
  /** Owner role (bypasses RLS): only to arrange rows the product would write in other modules. */
  owner: PrismaClient;
  newOrg(name?: string): Promise<OrgId>;
  close(): Promise<void>;
}

export async function createControlsTestContext(): Promise<ControlsTestContext> {
  const env = testEnv();
  const appClient = createPrismaClient({ url: env.databaseAppUrl, poolMax: 4 });
  const owner = createPrismaClient({ url: env.databaseUrl, poolMax: 2 });
  const database: Pick<DatabaseService, 'app' | 'system' | 'tenant' | 'scoped'> = {
    app: appClient,
    system: owner,
    tenant: (orgId, work) => withTenant(appClient, orgId, work),
    scoped: (scope, work) => withScope(appClient, scope, work),
  };

  @Module({ providers: [{ provide: DatabaseService, useValue: database }], exports: [DatabaseService] })
  class TestDatabaseModule {}

  @Module({ imports: [{ module: TestDatabaseModule, global: true }, ClockModule.forRoot(), ControlsModule] })
  class ControlsTestModule {}

  const app = await NestFactory.createApplicationContext(ControlsTestModule, {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  return {
    app,
    owner,
    newOrg: async (name = 'Acme') => asOrgId((await owner.organization.create({ data: { name } })).id),
    close: async () => {
      await app.close();
      await Promise.all([appClient.$disconnect(), owner.$disconnect()]);
    },
  };
}
