/**
 * Scenario timestamps are written as of `asOf`; serving them shifted by (now − asOf) keeps "last signed in 120 days
 * ago" true whenever the sandbox runs.
 */
export function shiftTimestamps<T>(value: T, offsetMs: number): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => shiftTimestamps(item, offsetMs)) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        timestampKeys.has(key) && typeof field === 'string'
          ? shift(field, offsetMs)
          : shiftTimestamps(field, offsetMs),
      ]),
    ) as T;
  }
  return value;
}

const timestampKeys = new Set([
  'created',
  'activated',
  'statusChanged',
  'lastLogin',
  'lastUpdated',
  'passwordChanged',
]);

function shift(iso: string, offsetMs: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + offsetMs).toISOString();
}
