import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readPublishedKeys } from '../export-format/public-keys';
import { ExportVerificationError } from '../export-verify/export-failure';
import { readExport } from '../export-verify/export-source';
import { recomputeWithChecks } from '../export-verify/recompute-with-checks';
import { verifyExport, type ExportSummary } from '../export-verify/verify-export';

const USAGE = `usage: kushim-verify <export.zip | unzipped directory> [--keys <keys.json>]

Verifies a Kushim auditor export offline (no database, no network): the manifest, the audit chain excerpt and its
signed checkpoints, every sealed evidence snapshot and check result, and recomputes every result from its evidence.
--keys   verification keys obtained out of band (GET /api/v1/ledger/keys); default: the export's own keys.json
Exit 0 and one summary line when everything holds; exit 1 and the first failure otherwise; exit 2 on bad usage.`;

export function summaryLine(summary: ExportSummary): string {
  return (
    `OK export ${summary.exportId} of ${summary.organization.name} (${summary.period.from} → ${summary.period.to}): ` +
    `${summary.files} files match the manifest; chain seq ${summary.firstSeq}–${summary.lastSeq} intact under ` +
    `${summary.checkpoints} signed checkpoint(s) (key ${summary.keyIds.join(', ') || 'none'}, ${summary.keysSource} keys); ` +
    `${summary.evidence} evidence snapshot(s) and ${summary.results} result(s) sealed; ${summary.recomputed} result(s) recomputed`
  );
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { keys: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  try {
    const files = await readExport(parsed.positionals[0]!);
    const trustedKeys = parsed.values.keys
      ? readPublishedKeys(JSON.parse(await readFile(parsed.values.keys, 'utf8')))
      : undefined;
    const summary = verifyExport(files, { recompute: recomputeWithChecks(), trustedKeys });
    process.stdout.write(`${summaryLine(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ExportVerificationError) {
      process.stdout.write(`FAIL ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`kushim-verify: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
