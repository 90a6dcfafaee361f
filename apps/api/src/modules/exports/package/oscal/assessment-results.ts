import type { ExportModel } from '../export-model';
import { assessmentPlanResource, assessmentPlanUuid, evidenceResource } from './evidence-resources';
import { kushimProps, localRef, OSCAL_VERSION, oscalUuid } from './oscal-names';
import type { AssessmentResultsDocument, OscalResult } from './oscal-types';
import { runResult } from './run-result';

export { KUSHIM_OSCAL_NS, OSCAL_VERSION } from './oscal-names';

/**
 * `oscal/assessment-results.json`: NIST OSCAL 1.0.4 assessment-results for the package — one `result` per collection
 * run, one observation per check result citing its evidence by path and SHA-256, one finding per control tested in
 * the run; every evidence snapshot of the package as a back-matter resource with its SHA-256. Pure and
 * deterministic: every UUID is v5 of a stable name and every time comes from the model.
 */
export function renderAssessmentResults(model: ExportModel): AssessmentResultsDocument {
  const planUuid = assessmentPlanUuid(model.organization.id);
  const results = model.runs.map((run) => runResult(model, run));
  return {
    'assessment-results': {
      uuid: oscalUuid(`assessment-results:${model.exportId}`),
      metadata: {
        title: `SOC 2 automated assessment results: ${model.organization.name}, ${model.period.from} to ${model.period.to}`,
        'last-modified': model.generatedAt,
        version: model.exportId,
        'oscal-version': OSCAL_VERSION,
        props: kushimProps([
          ['export-id', model.exportId],
          ['organization-id', model.organization.id],
          ['period-start', model.period.from],
          ['period-end', model.period.to],
        ]),
      },
      'import-ap': {
        href: localRef(planUuid),
        remarks:
          'Kushim has no separate assessment plan document: the referenced resource describes the automated assessment.',
      },
      results: results.length > 0 ? results : [noRunResult(model)],
      'back-matter': {
        resources: [assessmentPlanResource(model), ...model.evidence.map((e) => evidenceResource(model, e))],
      },
    },
  };
}

/** The schema requires at least one result: a period without runs says so explicitly. */
function noRunResult(model: ExportModel): OscalResult {
  return {
    uuid: oscalUuid(`result:none:${model.exportId}`),
    title: 'No automated assessment run in the period',
    description: 'No collection run was evaluated between the start and the end of the period.',
    start: model.period.from,
    end: model.period.to,
    'reviewed-controls': {
      'control-selections': [
        { description: 'No control was tested by an automated check.', 'include-all': {} },
      ],
    },
  };
}
