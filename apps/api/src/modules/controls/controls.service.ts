import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { ControlDetail, ControlList, ListControlsQuery } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import { CatalogService } from '@/modules/catalog/catalog.service';
import { ControlStatusRepository } from './control-status.repository';
import { NEVER_EVALUATED } from './control-status.row';
import { decodeControlsCursor } from './controls-cursor';
import { pageOfControls, toControlSummary } from './controls-page';

@Injectable()
export class ControlsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly catalog: CatalogService,
    private readonly statuses: ControlStatusRepository,
  ) {}

  /** One page of controls with the organization's status: one query (the org's status rows) per request. */
  async list(orgId: OrgId, query: ListControlsQuery): Promise<ControlList> {
    const catalog = await this.catalog.load();
    const startIndex =
      query.cursor === undefined ? 0 : this.positionAfter(query.cursor, catalog.controlIndex);
    const statuses = await this.database.tenant(orgId, (tx) => this.statuses.findAll(tx));
    return pageOfControls(catalog.controls, statuses, query, startIndex);
  }

  async get(orgId: OrgId, controlId: string): Promise<ControlDetail> {
    const control = (await this.catalog.load()).controlsById.get(controlId);
    if (!control) {
      throw new NotFoundException(`Control ${controlId} was not found`);
    }
    const row = await this.database.tenant(orgId, (tx) => this.statuses.findOne(tx, controlId));
    return {
      ...toControlSummary(control, row ?? undefined),
      description: control.description,
      testProcedure: control.testProcedure,
      frequency: control.frequency,
      applicabilityReason: row?.applicabilityReason ?? null,
      notes: row?.notes ?? null,
      status: row?.status ?? NEVER_EVALUATED.status,
      criteria: control.criteria.map((criterion) => ({ ...criterion })),
    };
  }

  private positionAfter(cursor: string, controlIndex: ReadonlyMap<string, number>): number {
    const controlId = decodeControlsCursor(cursor);
    const index = controlId === undefined ? undefined : controlIndex.get(controlId);
    if (index === undefined) {
      throw new BadRequestException({
        message: 'cursor: not a nextCursor value from this list',
        issues: [{ path: ['cursor'], message: 'not a nextCursor value from this list' }],
      });
    }
    return index + 1;
  }
}
