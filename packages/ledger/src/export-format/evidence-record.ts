import type { JsonValue } from '../json-value';

/**
 * `evidence/<id>.json`: one evidence snapshot as stored. `sha256` is SHA-256(JCS(content)) and is what the chain
 * seals; for a manual upload, `file` points at the uploaded bytes, whose own SHA-256 is inside the sealed content.
 */
export interface EvidenceRecord {
  id: string;
  kind: string;
  integrationId: string | null;
  runId: string | null;
  collectedAt: string;
  sha256: string;
  content: JsonValue;
  file: { path: string; sha256: string; sizeBytes: number; mediaType: string; fileName: string } | null;
}
