/**
 * Scenario files write times relative to the current UTC day (`today-23d`, `today-3d+14h+30m`) so SLA ages and
 * lookback windows stay realistic whenever the sandbox runs. Anchoring on the day (not the instant) keeps responses
 * identical between runs on the same day, so unchanged data yields identical, deduplicated evidence.
 */
const relative = /^today((?:[+-]\d+[dhm])*)$/;
const unitMs: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

export function resolveScenarioTime(value: string, now: Date = new Date()): string {
  const match = relative.exec(value);
  if (!match) {
    return value;
  }
  let at = Math.floor(now.getTime() / unitMs.d!) * unitMs.d!;
  for (const [, sign, amount, unit] of (match[1] ?? '').matchAll(/([+-])(\d+)([dhm])/g)) {
    at += (sign === '-' ? -1 : 1) * Number(amount) * (unitMs[unit ?? 'd'] ?? 0);
  }
  return new Date(at).toISOString().replace('.000Z', 'Z');
}

function resolveDeep(value: unknown, now: Date): unknown {
  if (typeof value === 'string') {
    return resolveScenarioTime(value, now);
  }
  if (Array.isArray(value)) {
    return value.map((v) => resolveDeep(v, now));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, now)]));
  }
  return value;
}

const cache = new WeakMap<object, { day: number; resolved: unknown }>();

/** The scenario data with every relative time resolved for today (cached per data object and day). */
export function withResolvedTimes<T extends object>(data: T, now: Date = new Date()): T {
  const day = Math.floor(now.getTime() / unitMs.d!);
  const hit = cache.get(data);
  if (hit && hit.day === day) {
    return hit.resolved as T;
  }
  const resolved = resolveDeep(data, now) as T;
  cache.set(data, { day, resolved });
  return resolved;
}
