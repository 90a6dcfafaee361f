import type { CheckDefinition } from './check';
import type { ProviderDefinition } from './provider';

export class DuplicateRegistrationError extends Error {
  override readonly name = 'DuplicateRegistrationError';
}

type RegisteredProvider = ProviderDefinition<unknown, unknown, unknown>;

/**
 * All providers and checks Kushim knows. Registration throws on a duplicate provider, collector, evidence kind or
 * check id, and on a check that needs an evidence kind no collector produces.
 */
export class Registry {
  private readonly providers = new Map<string, RegisteredProvider>();
  private readonly checks = new Map<string, CheckDefinition>();
  private readonly producers = new Map<string, string>();
  private readonly collectors = new Set<string>();

  registerProvider(provider: RegisteredProvider): this {
    if (this.providers.has(provider.id)) {
      throw new DuplicateRegistrationError(`provider "${provider.id}" is registered twice`);
    }
    for (const collector of provider.collectors) {
      const id = `${provider.id}:${collector.id}`;
      if (this.collectors.has(id)) {
        throw new DuplicateRegistrationError(`collector "${id}" is registered twice`);
      }
      this.collectors.add(id);
      for (const kind of collector.produces) {
        const other = this.producers.get(kind);
        if (other) {
          throw new DuplicateRegistrationError(
            `evidence kind "${kind}" is produced by both ${other} and ${id}`,
          );
        }
        this.producers.set(kind, id);
      }
    }
    this.providers.set(provider.id, provider);
    for (const check of provider.checks) {
      this.registerCheck(check);
    }
    return this;
  }

  /** Checks that read evidence of several providers (cross-source) are registered on their own. */
  registerCheck(check: CheckDefinition): this {
    if (this.checks.has(check.id)) {
      throw new DuplicateRegistrationError(`check "${check.id}" is registered twice`);
    }
    this.checks.set(check.id, check);
    return this;
  }

  /** Evidence kinds some check needs but no registered collector produces. */
  unproducedEvidence(): { checkId: string; kind: string }[] {
    return [...this.checks.values()].flatMap((check) =>
      check.evidence.filter((kind) => !this.producers.has(kind)).map((kind) => ({ checkId: check.id, kind })),
    );
  }

  provider(id: string): RegisteredProvider | undefined {
    return this.providers.get(id);
  }

  allProviders(): RegisteredProvider[] {
    return [...this.providers.values()];
  }

  check(id: string): CheckDefinition | undefined {
    return this.checks.get(id);
  }

  allChecks(): CheckDefinition[] {
    return [...this.checks.values()];
  }

  producerOf(kind: string): string | undefined {
    return this.producers.get(kind);
  }
}
