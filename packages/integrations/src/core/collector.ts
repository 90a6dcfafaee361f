import type { EvidenceSnapshot } from './evidence';

export interface CollectorContext<TSettings = unknown> {
  /** Injected clock: collectedAt stamps come from here. */
  now: () => Date;
  settings: TSettings;
}

/**
 * A collector is the only code that calls a provider SDK. It turns API responses into evidence snapshots and lets
 * SDK errors propagate (the provider's `classifyError` types them).
 */
export interface Collector<TClient = unknown, TSettings = unknown> {
  id: string;
  /** Evidence kinds this collector produces. */
  produces: string[];
  /** Provider permissions/scopes its API calls need (shown to the customer). */
  permissions: string[];
  collect(client: TClient, context: CollectorContext<TSettings>): Promise<EvidenceSnapshot[]>;
}

export function defineCollector<TClient, TSettings = unknown>(
  collector: Collector<TClient, TSettings>,
): Collector<TClient, TSettings> {
  return Object.freeze({ ...collector });
}
