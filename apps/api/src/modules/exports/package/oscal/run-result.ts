import { evidenceRecordPath } from '@kushim/ledger';
import type { ExportCheck, ExportModel, ExportResult, ExportRun } from '../export-model';
import { exceptedResources, failingResources } from '../result-findings';
import { evidenceResourceUuid } from './evidence-resources';
import { kushimProps, localRef, oscalUuid, packageHref, withProps } from './oscal-names';
import type { OscalFinding, OscalObservation, OscalResult } from './oscal-types';

/**
 * One OSCAL `result` per collection run: an observation per check result (method TEST) citing the evidence it read,
 * and a finding per control its checks test — `not-satisfied` when one of them failed or could not conclude.
 */
export function runResult(model: ExportModel, run: ExportRun): OscalResult {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const runResults = model.results.filter((r) => r.sealed.runId === run.id);
  const paths = new Map(model.evidence.map((e) => [e.record.id, e.path]));
  const observations = runResults.map((r) => observation(model, paths, r, checks.get(r.sealed.checkId)));
  const controlIds = [
    ...new Set(runResults.flatMap((r) => checks.get(r.sealed.checkId)?.controls ?? [])),
  ].sort();
  const findings = controlIds.map((controlId) => {
    const tested = runResults.filter((r) => checks.get(r.sealed.checkId)?.controls.includes(controlId));
    return controlFinding(model, run, controlId, tested);
  });
  return {
    uuid: oscalUuid(`result:${run.id}`),
    title: `Automated assessment, run of ${run.evaluatedAt}`,
    description:
      `Kushim collection run ${run.id} (${run.trigger.toLowerCase()}), evaluated ${run.evaluatedAt}: ` +
      `${runResults.length} check result(s) over ${controlIds.length} control(s).`,
    start: run.startedAt ?? run.evaluatedAt,
    end: run.evaluatedAt,
    ...withProps(
      kushimProps([
        ['run-id', run.id],
        ['trigger', run.trigger],
      ]),
    ),
    'reviewed-controls': {
      'control-selections': [
        controlIds.length > 0
          ? { 'include-controls': controlIds.map((id) => ({ 'control-id': id })) }
          : { description: 'No check of this run tests a control.', 'include-all': {} },
      ],
    },
    ...(observations.length > 0 ? { observations } : {}),
    ...(findings.length > 0 ? { findings } : {}),
  };
}

const observationUuid = (result: ExportResult): string =>
  oscalUuid(`observation:${result.sealed.runId}:${result.sealed.checkId}`);

function observation(
  model: ExportModel,
  paths: ReadonlyMap<string, string>,
  result: ExportResult,
  check: ExportCheck | undefined,
): OscalObservation {
  const { sealed } = result;
  const failing = failingResources(result);
  const excepted = exceptedResources(result);
  const cited = sealed.inputs.evidence;
  // Links go to back-matter resources, which exist only for evidence in the package.
  const packaged = cited.filter((ref) => paths.has(ref.id));
  return {
    uuid: observationUuid(result),
    title: check ? `${check.title} (${sealed.checkId})` : sealed.checkId,
    description: observationText(result, failing, excepted),
    ...withProps(
      kushimProps([
        ['check-id', sealed.checkId],
        ['result-status', sealed.status],
        ['result-sha256', result.sha256],
        ['severity', check?.severity ?? null],
        ...failing.map((id) => ['failing-resource', id] as const),
        ...excepted.map((id) => ['excepted-resource', id] as const),
        ...sealed.missingEvidence.map((kind) => ['missing-evidence', kind] as const),
      ]),
    ),
    ...(cited.length > 0
      ? {
          ...(packaged.length > 0
            ? {
                links: packaged.map((ref) => ({
                  href: localRef(evidenceResourceUuid(model.organization.id, ref.id)),
                  rel: 'evidence',
                  text: `${ref.kind} (SHA-256 ${ref.sha256})`,
                })),
              }
            : {}),
          'relevant-evidence': cited.map((ref) => ({
            href: packageHref(paths.get(ref.id) ?? evidenceRecordPath(ref.id)),
            description: `${ref.kind} collected ${ref.collectedAt}, content SHA-256 ${ref.sha256}.`,
            props: kushimProps([
              ['evidence-id', ref.id],
              ['evidence-sha256', ref.sha256],
            ]),
          })),
        }
      : {}),
    methods: ['TEST'],
    types: sealed.status === 'FAIL' ? ['finding', 'control-objective'] : ['control-objective'],
    collected: sealed.evaluatedAt,
    ...(check?.remediation && sealed.status === 'FAIL'
      ? { remarks: `Remediation: ${check.remediation}` }
      : {}),
  };
}

function observationText(result: ExportResult, failing: string[], excepted: string[]): string {
  const { sealed } = result;
  const acceptedText = excepted.length > 0 ? ` Accepted by an exception: ${excepted.join(', ')}.` : '';
  switch (sealed.status) {
    case 'FAIL':
      return `Automated check ${sealed.checkId} failed for ${failing.length} resource(s): ${failing.join(', ')}.${acceptedText}`;
    case 'PASS':
      return `Automated check ${sealed.checkId} passed for every resource it inspected.${acceptedText}`;
    case 'INCONCLUSIVE':
      return `Automated check ${sealed.checkId} could not conclude: evidence missing (${sealed.missingEvidence.join(', ') || 'none recorded'}).`;
    case 'NOT_APPLICABLE':
      return `Automated check ${sealed.checkId} does not apply: nothing it inspects exists.`;
    default:
      return sealed.status satisfies never;
  }
}

function controlFinding(
  model: ExportModel,
  run: ExportRun,
  controlId: string,
  tested: readonly ExportResult[],
): OscalFinding {
  const failed = tested.filter((r) => r.sealed.status === 'FAIL').map((r) => r.sealed.checkId);
  const inconclusive = tested.filter((r) => r.sealed.status === 'INCONCLUSIVE').map((r) => r.sealed.checkId);
  const control = model.controls.find((c) => c.id === controlId);
  const status: OscalFinding['target']['status'] =
    failed.length > 0
      ? { state: 'not-satisfied', reason: 'fail' }
      : inconclusive.length > 0
        ? {
            state: 'not-satisfied',
            reason: 'other',
            remarks: 'Inconclusive: evidence was missing, so the control could not be shown to be satisfied.',
          }
        : { state: 'satisfied', reason: 'pass' };
  return {
    uuid: oscalUuid(`finding:${run.id}:${controlId}`),
    title: control ? `${controlId} ${control.title}` : controlId,
    description:
      failed.length > 0
        ? `Not satisfied in this run: ${failed.join(', ')} failed.`
        : inconclusive.length > 0
          ? `Not shown satisfied in this run: ${inconclusive.join(', ')} could not conclude.`
          : `Satisfied in this run: ${tested.map((r) => r.sealed.checkId).join(', ')} passed or did not apply.`,
    target: { type: 'objective-id', 'target-id': controlId, status },
    'related-observations': tested.map((r) => ({ 'observation-uuid': observationUuid(r) })),
  };
}
