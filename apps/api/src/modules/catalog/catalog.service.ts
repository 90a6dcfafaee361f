import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Framework } from '@kushim/contracts';
import { DatabaseService } from '@/infra/database/database.service';
import { CatalogRepository } from './catalog.repository';
import { buildCatalogSnapshot, type CatalogSnapshot } from './catalog-snapshot';

/**
 * The catalog in memory. It only changes when `pnpm db:seed` runs (a deploy step), so it is read from the database
 * once — at boot, or on first use if the database was not reachable then — and every request after that reads
 * memory. This keeps `GET /orgs/{orgId}/controls` to a single tenant query.
 */
@Injectable()
export class CatalogService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogService.name);
  private snapshot: Promise<CatalogSnapshot> | undefined;

  constructor(
    private readonly database: DatabaseService,
    private readonly repository: CatalogRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Warm the cache; a failure here is not fatal (/ready reports the database), the next request retries.
    await this.load().catch((error: unknown) => {
      this.logger.warn(
        `Catalog not loaded at boot: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }

  load(): Promise<CatalogSnapshot> {
    if (!this.snapshot) {
      const loading = this.repository.load(this.database.app).then(buildCatalogSnapshot);
      const forget = (): void => {
        if (this.snapshot === loading) {
          this.snapshot = undefined;
        }
      };
      // A failed load, or an empty one (API started before `pnpm db:seed`), is not kept: the next caller retries.
      void loading.then((snapshot) => (snapshot.controls.length === 0 ? forget() : undefined), forget);
      this.snapshot = loading;
    }
    return this.snapshot;
  }

  async frameworks(): Promise<readonly Framework[]> {
    return (await this.load()).frameworks;
  }
}
