/**
 * Evidence: what a collector saw at one moment, as plain JSON. Stored immutable and addressed by the SHA-256 of its
 * canonical JSON, so any result can later be recomputed from it.
 */
export interface EvidenceSnapshot<TContent = unknown> {
  /** Dotted kind, `<provider>.<service>.<what>`, e.g. `aws.iam.credential-report`. */
  kind: string;
  /** ISO-8601 time the provider was asked. */
  collectedAt: string;
  /** JSON-serialisable content exactly as the checks read it. */
  content: TContent;
}

/** The evidence a check may read: by kind, the latest snapshot of each. */
export interface EvidenceSet {
  has(kind: string): boolean;
  get<T = unknown>(kind: string): EvidenceSnapshot<T> | undefined;
  kinds(): string[];
}

export function evidenceSet(snapshots: Iterable<EvidenceSnapshot>): EvidenceSet {
  const byKind = new Map<string, EvidenceSnapshot>();
  for (const snapshot of snapshots) {
    const existing = byKind.get(snapshot.kind);
    if (!existing || existing.collectedAt <= snapshot.collectedAt) {
      byKind.set(snapshot.kind, snapshot);
    }
  }
  return {
    has: (kind) => byKind.has(kind),
    get: <T>(kind: string) => byKind.get(kind) as EvidenceSnapshot<T> | undefined,
    kinds: () => [...byKind.keys()].sort(),
  };
}
