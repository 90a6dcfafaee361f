import { v5 as uuidv5 } from 'uuid';
import type { ExportModel, ExportResult } from '../export-model';

/** Kushim's namespace for OSCAL props and for the name-based (v5) UUIDs that make the document reproducible. */
export const KUSHIM_OSCAL_NS = 'https://kushim.dev/ns/oscal';
const UUID_NAMESPACE = '6f0d3c1e-6a4b-5d7e-9c2a-4b1f8e3d2a10';
export const OSCAL_VERSION = '1.0.4';

const uuidOf = (name: string): string => uuidv5(name, UUID_NAMESPACE);
const prop = (name: string, value: string) => ({ name, ns: KUSHIM_OSCAL_NS, value });

interface FindingLike {
  resource?: { id?: string };
  status?: string;
  excepted?: boolean;
}

function failingResources(result: ExportResult): string[] {
  return (result.sealed.findings as unknown as FindingLike[])
    .filter((f) => f.status === 'FAIL' && !f.excepted)
    .map((f) => f.resource?.id ?? '?');
}

/**
 * NIST OSCAL 1.0.4 assessment-results for the package: one `result` per collection run; one `observation` per
 * check result (method TEST), citing each evidence snapshot it read through a back-matter resource that carries the
 * snapshot's path in the ZIP and its SHA-256; one `finding` per control tested in the run, `satisfied` when none of
 * its checks failed. Deterministic: UUIDs are v5 of stable names and every time comes from the model.
 */
export function renderAssessmentResults(model: ExportModel): Record<string, unknown> {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const evidenceById = new Map(model.evidence.map((e) => [e.record.id, e]));
  const resourceUuid = (evidenceId: string): string =>
    uuidOf(`evidence:${model.organization.id}:${evidenceId}`);
  const planUuid = uuidOf(`assessment-plan:${model.organization.id}`);

  const results = model.runs.map((run) => {
    const runResults = model.results.filter((r) => r.sealed.runId === run.id);
    const observations = runResults.map((result) => {
      const check = checks.get(result.sealed.checkId);
      const failing = failingResources(result);
      const evidence = result.sealed.inputs.evidence.map((ref) => ({
        href: `#${resourceUuid(ref.id)}`,
        description: `${ref.kind} collected ${ref.collectedAt} (SHA-256 ${ref.sha256})`,
        props: [prop('evidence-sha256', ref.sha256)],
      }));
      return {
        uuid: uuidOf(`observation:${run.id}:${result.sealed.checkId}`),
        title: check?.title ?? result.sealed.checkId,
        description:
          result.sealed.status === 'FAIL'
            ? `Automated check ${result.sealed.checkId} failed for ${failing.length} resource(s): ${failing.join(', ')}.`
            : `Automated check ${result.sealed.checkId}: ${result.sealed.status}.`,
        props: [
          prop('check-id', result.sealed.checkId),
          prop('result-status', result.sealed.status),
          prop('result-sha256', result.sha256),
          ...(check ? [prop('severity', check.severity)] : []),
        ],
        methods: ['TEST'],
        types: ['finding'],
        ...(evidence.length > 0 ? { 'relevant-evidence': evidence } : {}),
        collected: result.sealed.evaluatedAt,
      };
    });
    const observationOf = new Map(runResults.map((r, i) => [r.sealed.checkId, observations[i]!.uuid]));
    const controlIds = [
      ...new Set(runResults.flatMap((r) => checks.get(r.sealed.checkId)?.controls ?? [])),
    ].sort();
    const findings = controlIds.map((controlId) => {
      const tested = runResults.filter((r) => checks.get(r.sealed.checkId)?.controls.includes(controlId));
      const failed = tested.filter((r) => r.sealed.status === 'FAIL');
      const control = model.controls.find((c) => c.id === controlId);
      return {
        uuid: uuidOf(`finding:${run.id}:${controlId}`),
        title: `${controlId}${control ? ` ${control.title}` : ''}`,
        description:
          failed.length > 0
            ? `Not satisfied: ${failed.map((r) => r.sealed.checkId).join(', ')} failed.`
            : `Satisfied by ${tested.length} automated check(s) in this run.`,
        target: {
          type: 'objective-id',
          'target-id': controlId,
          status: { state: failed.length > 0 ? 'not-satisfied' : 'satisfied' },
        },
        'related-observations': tested.map((r) => ({
          'observation-uuid': observationOf.get(r.sealed.checkId)!,
        })),
      };
    });
    return {
      uuid: uuidOf(`result:${run.id}`),
      title: `Automated assessment run ${run.id}`,
      description: `Kushim collection run (${run.trigger.toLowerCase()}) evaluated at ${run.evaluatedAt}: ${runResults.length} check results.`,
      start: run.startedAt ?? run.evaluatedAt,
      end: run.evaluatedAt,
      props: [prop('run-id', run.id)],
      'reviewed-controls': {
        'control-selections': [
          controlIds.length > 0
            ? { 'include-controls': controlIds.map((id) => ({ 'control-id': id })) }
            : { description: 'No control was tested in this run.', 'include-all': {} },
        ],
      },
      ...(observations.length > 0 ? { observations } : {}),
      ...(findings.length > 0 ? { findings } : {}),
    };
  });

  const citedIds = [
    ...new Set(model.results.flatMap((r) => r.sealed.inputs.evidence.map((e) => e.id))),
  ].sort();
  const resources = [
    {
      uuid: planUuid,
      title: 'Kushim automated assessment plan',
      description:
        "Kushim collects evidence from the connected providers with read-only permissions on a schedule and evaluates its catalog of automated checks against every SOC 2 control they test. Every result is sealed in the organization's hash chain and can be recomputed offline with kushim-verify.",
    },
    ...citedIds.flatMap((id) => {
      const evidence = evidenceById.get(id);
      return evidence
        ? [
            {
              uuid: resourceUuid(id),
              title: `Evidence ${evidence.record.kind}`,
              description: `Collected ${evidence.record.collectedAt}; content SHA-256 (RFC 8785) ${evidence.record.sha256}.`,
              props: [prop('evidence-kind', evidence.record.kind)],
              rlinks: [
                {
                  href: evidence.path,
                  'media-type': 'application/json',
                  hashes: [{ algorithm: 'SHA-256', value: evidence.record.sha256 }],
                },
              ],
            },
          ]
        : [];
    }),
  ];

  return {
    'assessment-results': {
      uuid: uuidOf(`assessment-results:${model.exportId}`),
      metadata: {
        title: `SOC 2 automated assessment results — ${model.organization.name}, ${model.period.from} to ${model.period.to}`,
        'last-modified': model.generatedAt,
        version: model.exportId,
        'oscal-version': OSCAL_VERSION,
        props: [prop('period-start', model.period.from), prop('period-end', model.period.to)],
      },
      'import-ap': { href: `#${planUuid}` },
      results:
        results.length > 0
          ? results
          : [
              {
                uuid: uuidOf(`result:none:${model.exportId}`),
                title: 'No automated assessment run in the period',
                description: 'No collection run was evaluated between the start and the end of the period.',
                start: model.period.from,
                end: model.period.to,
                'reviewed-controls': {
                  'control-selections': [{ description: 'No control was tested.', 'include-all': {} }],
                },
              },
            ],
      'back-matter': { resources },
    },
  };
}
