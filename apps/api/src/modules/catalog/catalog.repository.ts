import { Injectable } from '@nestjs/common';
import type { PrismaClient } from '@kushim/db';
import type { CatalogRows } from './catalog-snapshot';

/** Reads the global catalog tables (no tenant data, no row-level security: the app role may only SELECT them). */
@Injectable()
export class CatalogRepository {
  async load(client: PrismaClient): Promise<CatalogRows> {
    const [frameworks, controls] = await Promise.all([
      client.framework.findMany({
        orderBy: { id: 'asc' },
        select: {
          id: true,
          name: true,
          version: true,
          criteria: {
            orderBy: { sortOrder: 'asc' },
            select: {
              id: true,
              family: true,
              title: true,
              sortOrder: true,
              inScope: true,
              outOfScopeReason: true,
            },
          },
        },
      }),
      client.control.findMany({
        orderBy: { sortOrder: 'asc' },
        select: {
          id: true,
          title: true,
          description: true,
          testProcedure: true,
          frequency: true,
          category: true,
          defaultOwnerRole: true,
          sortOrder: true,
          // Controls retired from the catalog keep their row (org history) but lose every mapping.
          criteria: {
            orderBy: { criterion: { sortOrder: 'asc' } },
            select: { criterionId: true, rationale: true, criterion: { select: { title: true } } },
          },
        },
      }),
    ]);
    return { frameworks, controls: controls.filter((control) => control.criteria.length > 0) };
  }
}
