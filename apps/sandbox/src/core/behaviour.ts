import type { Scenario, SandboxProvider } from './scenario';

export type BehaviourVerdict =
  | { kind: 'ok' }
  | { kind: 'reject-credentials' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'outage' };

/**
 * Decides, before a provider route answers, whether the scenario wants an error instead. Rate limits count calls per
 * (credential, provider) so each integration sees its own 429s, as with the real providers.
 */
export class BehaviourGate {
  private readonly calls = new Map<string, number>();

  verdict(scenario: Scenario, provider: SandboxProvider, area: string, credential: string): BehaviourVerdict {
    const { behaviour } = scenario;
    if (behaviour.rejectCredentials) {
      return { kind: 'reject-credentials' };
    }
    if (behaviour.outage?.includes(`${provider}:${area}`) || behaviour.outage?.includes(provider)) {
      return { kind: 'outage' };
    }
    if (behaviour.rateLimit) {
      const key = `${provider}:${credential}`;
      const count = (this.calls.get(key) ?? 0) + 1;
      this.calls.set(key, count);
      if (count <= behaviour.rateLimit.times) {
        return { kind: 'rate-limited', retryAfterSeconds: behaviour.rateLimit.retryAfterSeconds };
      }
    }
    return { kind: 'ok' };
  }

  reset(): void {
    this.calls.clear();
  }
}
