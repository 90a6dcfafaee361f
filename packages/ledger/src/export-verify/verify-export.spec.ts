import { describe, expect, it } from 'vitest';
import { rehashFromGenesis } from './export.fixture.helpers';
import { buildFixtureExport, fixtureRecompute, FIXTURE_EXPORT } from './export.fixture';
import { ExportVerificationError } from './export-failure';
import { verifyExport } from './verify-export';

function failureOf(files: ReadonlyMap<string, Uint8Array>): string {
  try {
    verifyExport(files, { recompute: fixtureRecompute });
  } catch (error) {
    if (error instanceof ExportVerificationError) {
      return error.message;
    }
    throw error;
  }
  return 'verified';
}

const json = (bytes: Uint8Array | undefined): Record<string, unknown> =>
  JSON.parse(Buffer.from(bytes!).toString('utf8')) as Record<string, unknown>;

describe('verifyExport', () => {
  it('verifies a well-formed export and summarises it', () => {
    const { files } = buildFixtureExport();
    const summary = verifyExport(files, { recompute: fixtureRecompute });
    expect(summary).toMatchObject({
      exportId: FIXTURE_EXPORT,
      firstSeq: 1,
      lastSeq: 4,
      checkpoints: 2,
      keyIds: ['test-1'],
      evidence: 1,
      results: 1,
      recomputed: 1,
    });
  });

  it('names a file whose bytes differ from the manifest', () => {
    const fixture = buildFixtureExport();
    const path = [...fixture.files.keys()].find((p) => p.startsWith('evidence/'))!;
    fixture.files.set(path, Buffer.from(fixture.files.get(path)!.toString('utf8').replace('false', 'true ')));
    expect(failureOf(fixture.files)).toMatch(new RegExp(`^${path}: SHA-256 .* differs from manifest.json`));
  });

  it('catches evidence content changed even when the manifest is rewritten to match', () => {
    const fixture = buildFixtureExport();
    const path = [...fixture.files.keys()].find((p) => p.startsWith('evidence/'))!;
    const record = json(fixture.files.get(path));
    record.content = { flag: true };
    fixture.files.set(path, Buffer.from(JSON.stringify(record)));
    fixture.refreshManifest();
    expect(failureOf(fixture.files)).toMatch(
      /^evidence\/.*\.json evidence .*: content SHA-256 .* differs from the record/,
    );
  });

  it('reports an extra file and a file missing from the package', () => {
    const extra = buildFixtureExport();
    extra.files.set('notes.txt', Buffer.from('hello'));
    expect(failureOf(extra.files)).toBe('notes.txt: is in the package but not listed in manifest.json');

    const missing = buildFixtureExport();
    missing.files.delete('summary.html');
    expect(failureOf(missing.files)).toBe(
      'summary.html: is listed in manifest.json but missing from the package',
    );
  });

  it('finds a removed event, swapped events and an edited event by seq', () => {
    const removed = buildFixtureExport();
    removed.rewrite(removed.events.filter((e) => e.seq !== 2));
    expect(failureOf(removed.files)).toMatch(/^audit-events.jsonl seq 2: this event is missing/);

    const swapped = buildFixtureExport();
    const [a, b, c, d] = swapped.events;
    swapped.rewrite([a!, c!, b!, d!]);
    expect(failureOf(swapped.files)).toMatch(/^audit-events.jsonl seq 2: /);

    const edited = buildFixtureExport();
    const events = edited.events.map((e) => ({ ...e }));
    events[2] = { ...events[2]!, payload: { ...(events[2]!.payload as object), runId: 'other' } };
    edited.rewrite(events);
    expect(failureOf(edited.files)).toBe(
      "audit-events.jsonl seq 3: hash does not match the event's content (the event was altered)",
    );
  });

  it('catches a chain rewritten from an edited event on, against the signed checkpoints', () => {
    const fixture = buildFixtureExport();
    const events = fixture.events.map((e) => ({ ...e }));
    events[0] = { ...events[0]!, action: 'auth.login.succeeded' };
    fixture.rewrite(rehashFromGenesis(events));
    expect(failureOf(fixture.files)).toBe(
      'audit-events.jsonl seq 2: hash differs from the signed checkpoint at this seq (the chain was rewritten)',
    );
  });

  it('catches an altered checkpoint signature', () => {
    const fixture = buildFixtureExport();
    const document = json(fixture.files.get('checkpoints.json')) as { checkpoints: { signature: string }[] };
    const signature = Buffer.from(document.checkpoints[1]!.signature, 'base64');
    signature[0] = signature[0]! ^ 1;
    document.checkpoints[1]!.signature = signature.toString('base64');
    fixture.files.set('checkpoints.json', Buffer.from(JSON.stringify(document)));
    fixture.refreshManifest();
    expect(failureOf(fixture.files)).toBe(
      'checkpoints.json seq 4: checkpoint #2 (key test-1) signature does not verify under its key (the checkpoint was altered)',
    );
  });

  it('catches a result flipped in results.csv alone, naming the row and check', () => {
    const fixture = buildFixtureExport();
    const csv = fixture.files.get('results.csv')!.toString('utf8').replace(',FAIL,', ',PASS,');
    fixture.files.set('results.csv', Buffer.from(csv));
    fixture.refreshManifest();
    expect(failureOf(fixture.files)).toMatch(
      /^results.csv run \S+ check demo.flag-on: row 2: status PASS differs from the sealed result \(FAIL\)$/,
    );
  });

  it('recomputes each result from its evidence: a result forged and re-sealed with the key still fails', () => {
    // A forger holding the signing key seals PASS over evidence that says FAIL: hashes and signatures all hold.
    const forged = buildFixtureExport({ flag: false, forgedStatus: 'PASS' });
    expect(failureOf(forged.files)).toMatch(
      /^results.jsonl run \S+ check demo.flag-on: recomputed status FAIL, sealed PASS$/,
    );
    expect(verifyExport(forged.files).recomputed).toBe(0);
  });

  it('catches evidence swapped for other sealed-looking content', () => {
    const honest = buildFixtureExport({ flag: false });
    const other = buildFixtureExport({ flag: true });
    const path = [...honest.files.keys()].find((p) => p.startsWith('evidence/'))!;
    honest.files.set(path, other.files.get(path)!);
    honest.refreshManifest();
    expect(failureOf(honest.files)).toMatch(/^evidence\/.* differs from the sealed one/);
  });

  it('refuses checkpoints signed by a key the auditor does not trust', () => {
    const fixture = buildFixtureExport();
    const other = buildFixtureExport();
    const trusted = new Map([['test-1', other.privateKey]]);
    expect(() => verifyExport(fixture.files, { trustedKeys: trusted })).toThrow(/signature does not verify/);
  });
});
