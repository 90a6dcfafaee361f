import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  EvidenceFileMissingError,
  type EvidenceFileStorage,
  type EvidenceStorageBackend,
} from './evidence-file-storage';

const SAFE_KEY = /^[0-9a-f-]{36}\/[0-9a-f]{64}$/;

/**
 * Files under a directory on local disk (EVIDENCE_DIR). A write goes to a temporary name first and is renamed into
 * place, so a crash never leaves a half-written file under a real key.
 */
export class LocalEvidenceStorage implements EvidenceFileStorage {
  readonly backend: EvidenceStorageBackend = 'local';

  constructor(private readonly directory: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temporary = `${target}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new EvidenceFileMissingError(key);
      }
      throw error;
    }
  }

  /** Keys are generated (org id / sha256), never taken from a request; the check keeps it that way. */
  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) {
      throw new Error(`Invalid evidence file key ${JSON.stringify(key)}`);
    }
    return path.join(this.directory, ...key.split('/'));
  }
}
