import type { Env } from '@/config/env.schema';
import type { EvidenceFileStorage, EvidenceStorageBackend } from './evidence-file-storage';
import { LocalEvidenceStorage } from './local-evidence-storage';
import { s3EvidenceStorageFrom } from './s3-evidence-storage';

/**
 * The configured storage for new uploads, and a reader for each backend an older upload may have used: switching
 * EVIDENCE_STORAGE from local to s3 keeps earlier local files downloadable.
 */
export class EvidenceStorages {
  private readonly byBackend: Partial<Record<EvidenceStorageBackend, EvidenceFileStorage>>;

  constructor(
    readonly active: EvidenceFileStorage,
    others: readonly EvidenceFileStorage[] = [],
  ) {
    this.byBackend = Object.fromEntries([...others, active].map((s) => [s.backend, s]));
  }

  /** The storage that holds files written by `backend`; null when that backend is not configured any more. */
  for(backend: EvidenceStorageBackend): EvidenceFileStorage | null {
    return this.byBackend[backend] ?? null;
  }

  static fromEnv(env: Env): EvidenceStorages {
    const local = new LocalEvidenceStorage(env.EVIDENCE_DIR);
    return env.EVIDENCE_STORAGE === 's3'
      ? new EvidenceStorages(s3EvidenceStorageFrom(env), [local])
      : new EvidenceStorages(local);
  }
}
