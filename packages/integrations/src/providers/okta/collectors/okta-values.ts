import type { OktaSettings } from '../settings';

/** SDK models carry Dates; evidence is plain JSON. */
export function isoOrNull(value: Date | null | undefined): string | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The org a finding names: the customer's org host. Without an orgUrl (sandbox-only setups) a fixed label keeps
 * evidence content, and so its hash, independent of the sandbox's port.
 */
export function orgLabel(settings: OktaSettings): string {
  return settings.orgUrl ? new URL(settings.orgUrl).host : 'okta-org';
}

/** Runs `work` over items with at most `limit` calls in flight (Okta rate limits are per endpoint per minute). */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}
