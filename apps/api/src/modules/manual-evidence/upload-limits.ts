import type { Env } from '@/config/env.schema';

/** The largest manual evidence file accepted (EVIDENCE_MAX_UPLOAD_MB). */
export class UploadLimits {
  constructor(readonly maxBytes: number) {}

  static fromEnv(env: Env): UploadLimits {
    return new UploadLimits(env.EVIDENCE_MAX_UPLOAD_MB * 1024 * 1024);
  }
}
