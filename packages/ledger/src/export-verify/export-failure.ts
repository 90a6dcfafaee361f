/** The first thing that does not hold, named precisely enough to find it: the file, and the seq or check. */
export interface ExportFailure {
  file: string;
  seq?: number;
  runId?: string;
  checkId?: string;
  evidenceId?: string;
  message: string;
}

export class ExportVerificationError extends Error {
  constructor(readonly failure: ExportFailure) {
    super(describeFailure(failure));
    this.name = 'ExportVerificationError';
  }
}

export function fail(failure: ExportFailure): never {
  throw new ExportVerificationError(failure);
}

/** `results.jsonl run 0193… check aws.iam.root-mfa: …` — one line. */
export function describeFailure(failure: ExportFailure): string {
  const where = [
    failure.file,
    failure.seq !== undefined ? `seq ${failure.seq}` : null,
    failure.runId ? `run ${failure.runId}` : null,
    failure.checkId ? `check ${failure.checkId}` : null,
    failure.evidenceId ? `evidence ${failure.evidenceId}` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
  return `${where}: ${failure.message}`;
}
