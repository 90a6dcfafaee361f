import { kushimControls } from '@kushim/catalog';
import { createRegistry } from '@kushim/integrations';
import { sealedResultHash, type SealedCheckResult } from '@kushim/ledger';
import { describe, expect, it } from 'vitest';
import { validateAssessmentResults } from '../../../../../test/factories/oscal-validator';
import { exportModelFixture, FIXTURE_RUN_1, FIXTURE_RUN_2 } from '../export-model.fixture';
import { renderAssessmentResults } from './assessment-results';
import { KUSHIM_OSCAL_NS } from './oscal-names';

const model = exportModelFixture();
const document = renderAssessmentResults(model);
const ar = document['assessment-results'];
const resources = ar['back-matter'].resources;
const resultOf = (runId: string) =>
  ar.results.find((r) => r.props?.some((p) => p.name === 'run-id' && p.value === runId))!;

describe('OSCAL assessment-results', () => {
  it('validates against the NIST OSCAL 1.0.4 schema with no error', () => {
    expect(validateAssessmentResults(document)).toEqual({ valid: true, errors: [] });
  });

  it('validates for a period without runs, results, evidence or exceptions', () => {
    const empty = { ...model, runs: [], results: [], evidence: [], exceptions: [], score: null };
    const rendered = renderAssessmentResults(empty);
    expect(validateAssessmentResults(rendered)).toEqual({ valid: true, errors: [] });
    expect(rendered['assessment-results'].results[0]!.title).toBe(
      'No automated assessment run in the period',
    );
  });

  it('does not validate a finding without a target or with an id that is not an OSCAL token', () => {
    const broken = structuredClone(document) as unknown as {
      'assessment-results': { results: { findings: Record<string, unknown>[] }[] };
    };
    delete broken['assessment-results'].results[0]!.findings[0]!.target;
    const report = validateAssessmentResults(broken);
    expect(report.valid).toBe(false);
    expect(report.errors).toContain(
      "/assessment-results/results/0/findings/0 must have required property 'target'",
    );

    const badId = structuredClone(document);
    badId['assessment-results'].results[0]!.findings![0]!.target['target-id'] = 'KSM AC 01';
    expect(validateAssessmentResults(badId).valid).toBe(false);
  });

  it('is deterministic: the same model renders deep-equal documents and the same JSON', () => {
    const again = renderAssessmentResults(exportModelFixture());
    expect(again).toEqual(document);
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
  });

  it('carries metadata from the model and imports the assessment description from back-matter', () => {
    expect(ar.metadata).toMatchObject({
      'last-modified': model.generatedAt,
      version: model.exportId,
      'oscal-version': '1.0.4',
    });
    expect(resources.map((r) => `#${r.uuid}`)).toContain(ar['import-ap'].href);
  });

  it('has one result per run, from its start (or evaluation) to its evaluation, reviewing the controls its checks test', () => {
    expect(ar.results).toHaveLength(2);
    expect(resultOf(FIXTURE_RUN_1)).toMatchObject({
      start: '2026-10-02T09:58:00.000Z',
      end: '2026-10-02T10:00:00.000Z',
      'reviewed-controls': {
        'control-selections': [
          { 'include-controls': [{ 'control-id': 'KSM-AC-01' }, { 'control-id': 'KSM-AC-02' }] },
        ],
      },
    });
    expect(resultOf(FIXTURE_RUN_2)).toMatchObject({
      start: '2026-10-03T10:00:00.000Z',
      end: '2026-10-03T10:00:00.000Z',
    });
  });

  it('has one TEST observation per check result with its status and sealed SHA-256 as Kushim props', () => {
    const observations = ar.results.flatMap((r) => r.observations ?? []);
    expect(observations).toHaveLength(model.results.length);
    for (const result of model.results) {
      const observation = observations.find((o) =>
        o.props?.some((p) => p.name === 'result-sha256' && p.value === result.sha256),
      );
      expect(observation?.methods).toEqual(['TEST']);
      expect(observation?.props).toContainEqual({
        name: 'check-id',
        ns: KUSHIM_OSCAL_NS,
        value: result.sealed.checkId,
      });
      expect(observation?.props).toContainEqual({
        name: 'result-status',
        ns: KUSHIM_OSCAL_NS,
        value: result.sealed.status,
      });
    }
  });

  it('cites each evidence record by its path in the ZIP and links the back-matter resource holding its SHA-256', () => {
    const failing = resultOf(FIXTURE_RUN_1).observations!.find((o) =>
      o.props?.some((p) => p.name === 'check-id' && p.value === 'aws.iam.user-mfa'),
    )!;
    expect(failing['relevant-evidence']).toEqual([
      expect.objectContaining({ href: '../evidence/0193a1b2-0000-7000-8000-000000000e02.json' }),
    ]);
    const linked = resources.find((r) => `#${r.uuid}` === failing.links![0]!.href)!;
    expect(linked.rlinks![0]).toEqual({
      href: '../evidence/0193a1b2-0000-7000-8000-000000000e02.json#/content',
      'media-type': 'application/json',
      hashes: [{ algorithm: 'SHA-256', value: model.evidence[2]!.record.sha256 }],
    });
    expect(failing.props).toContainEqual({ name: 'failing-resource', ns: KUSHIM_OSCAL_NS, value: 'alice' });
    expect(failing.props).toContainEqual({
      name: 'excepted-resource',
      ns: KUSHIM_OSCAL_NS,
      value: '=cmd|calc',
    });
  });

  it('puts every evidence hash of the model in back-matter, and a manual upload with its file hash', () => {
    const hashes = resources.flatMap((r) =>
      (r.rlinks ?? []).flatMap((l) => l.hashes ?? []).map((h) => h.value),
    );
    for (const evidence of model.evidence) {
      expect(hashes).toContain(evidence.record.sha256);
    }
    const upload = model.evidence.find((e) => e.record.file)!.record.file!;
    expect(resources.flatMap((r) => r.rlinks ?? [])).toContainEqual({
      href: `../${upload.path}`,
      'media-type': 'application/pdf',
      hashes: [{ algorithm: 'SHA-256', value: upload.sha256 }],
    });
  });

  it('has one finding per control tested in the run: not-satisfied on a failure or a gap, satisfied otherwise', () => {
    const states = (runId: string) =>
      resultOf(runId).findings!.map((f) => [
        f.target['target-id'],
        f.target.status.state,
        f.target.status.reason,
      ]);
    expect(states(FIXTURE_RUN_1)).toEqual([
      ['KSM-AC-01', 'not-satisfied', 'fail'],
      ['KSM-AC-02', 'not-satisfied', 'other'],
    ]);
    expect(states(FIXTURE_RUN_2)).toEqual([
      ['KSM-AC-01', 'not-satisfied', 'fail'],
      ['KSM-CM-01', 'satisfied', 'pass'],
    ]);
  });

  it('relates every finding to observations of its own result, and every UUID is unique', () => {
    for (const result of ar.results) {
      const observationUuids = new Set((result.observations ?? []).map((o) => o.uuid));
      for (const finding of result.findings ?? []) {
        expect(finding.target.type).toBe('objective-id');
        for (const related of finding['related-observations']) {
          expect(observationUuids.has(related['observation-uuid'])).toBe(true);
        }
      }
    }
    const uuids = JSON.stringify(document).match(/"uuid":"[^"]+"/g) ?? [];
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('keeps prop values valid when a title or id carries line breaks or outer blanks', () => {
    const messy = exportModelFixture();
    messy.runs[0]!.trigger = '  SCHEDULED\n';
    messy.results[2]!.sealed.findings.push({
      resource: { type: 'aws-iam-user', id: ' dave\nsmith ' },
      status: 'FAIL',
      excepted: false,
    });
    expect(validateAssessmentResults(renderAssessmentResults(messy))).toEqual({ valid: true, errors: [] });
  });
});

describe('OSCAL assessment-results with the real catalog', () => {
  it('validates with every Kushim control and every registered check in one run (their ids are valid tokens)', () => {
    const checks = createRegistry().allChecks();
    const base = exportModelFixture();
    const run = base.runs[0]!;
    const results = checks.map((check, i) => {
      const sealed: SealedCheckResult = {
        ...base.results[1]!.sealed,
        checkId: check.id,
        status: (['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE'] as const)[i % 4]!,
      };
      return { sealed, sha256: sealedResultHash(sealed) };
    });
    const real = {
      ...base,
      runs: [run],
      results,
      checks: checks.map((check) => ({
        id: check.id,
        title: check.title,
        provider: check.provider,
        severity: check.severity,
        controls: [...check.controls],
        criteria: check.criteria.map((c) => c.id),
        remediation: check.remediation,
      })),
      controls: kushimControls.map((control) => ({
        ...base.controls[0]!,
        id: control.id,
        title: control.title,
        criteria: control.criteria.map((c) => c.criterionId),
        checkIds: checks.filter((c) => c.controls.includes(control.id)).map((c) => c.id),
      })),
    };
    const rendered = renderAssessmentResults(real);
    expect(validateAssessmentResults(rendered)).toEqual({ valid: true, errors: [] });
    expect(rendered['assessment-results'].results[0]!.observations).toHaveLength(checks.length);
  });
});
