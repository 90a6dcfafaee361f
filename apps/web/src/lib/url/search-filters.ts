/** Filters kept in the page address: only the named keys, only non-empty values, in a stable order. */
export type Filters<Key extends string> = Partial<Record<Key, string>>;

export function readFilters<Key extends string>(params: URLSearchParams, keys: readonly Key[]): Filters<Key> {
  const filters: Filters<Key> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) {
      filters[key] = value;
    }
  }
  return filters;
}

export function filtersQuery<Key extends string>(filters: Filters<Key>, keys: readonly Key[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key]?.trim();
    if (value) {
      params.set(key, value);
    }
  }
  return params.toString();
}

/** A date input's YYYY-MM-DD as the start (or, for `to`, the end) of that UTC day, for the API's date-time filters. */
export function dayToIso(day: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return undefined;
  }
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) {
    return undefined;
  }
  return edge === 'start' ? date.toISOString() : new Date(date.getTime() + 86_400_000).toISOString();
}
