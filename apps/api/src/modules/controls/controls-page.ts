import type { ControlList, ControlSummary, ListControlsQuery } from '@kushim/contracts';
import type { CatalogControlView } from '@/modules/catalog/catalog-snapshot';
import { encodeControlsCursor } from './controls-cursor';
import { NEVER_EVALUATED, type ControlStatusRow } from './control-status.row';

export function toControlSummary(
  control: CatalogControlView,
  row: ControlStatusRow | undefined,
): ControlSummary {
  const state = row ?? NEVER_EVALUATED;
  return {
    id: control.id,
    title: control.title,
    category: control.category,
    status: state.status,
    ownerUserId: state.ownerUserId,
    defaultOwnerRole: control.defaultOwnerRole,
    criteria: [...control.criterionIds],
    checks: { passing: state.passingChecks, failing: state.failingChecks },
    evaluatedAt: state.evaluatedAt ? state.evaluatedAt.toISOString() : null,
  };
}

/**
 * One page of the organization's controls: filters applied over the in-memory catalog joined with the org's status
 * rows, starting after position `startIndex` (from the cursor). Pure, so paging and filters are tested without HTTP.
 */
export function pageOfControls(
  controls: readonly CatalogControlView[],
  statuses: ReadonlyMap<string, ControlStatusRow>,
  query: Pick<ListControlsQuery, 'status' | 'criterion' | 'q' | 'limit'>,
  startIndex = 0,
): ControlList {
  const needle = query.q?.toLowerCase();
  const items: ControlSummary[] = [];
  for (let index = startIndex; index < controls.length; index += 1) {
    const control = controls[index]!;
    const row = statuses.get(control.id);
    if (query.status && (row?.status ?? NEVER_EVALUATED.status) !== query.status) {
      continue;
    }
    if (query.criterion && !control.criterionIds.includes(query.criterion)) {
      continue;
    }
    if (needle && !control.searchText.includes(needle)) {
      continue;
    }
    if (items.length === query.limit) {
      // A further match exists, so there is a next page; it starts after the last item returned.
      return { items, nextCursor: encodeControlsCursor(items[items.length - 1]!.id) };
    }
    items.push(toControlSummary(control, row));
  }
  return { items, nextCursor: null };
}
