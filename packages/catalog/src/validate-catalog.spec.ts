import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import type { Catalog, CatalogControl, CriterionDefinition } from './types';
import { validateCatalog } from './validate-catalog';

/** A deep, mutable copy of the shipped catalog to break on purpose. */
function brokenCopy(): {
  frameworks: Catalog['frameworks'][number][];
  criteria: CriterionDefinition[];
  controls: CatalogControl[];
} {
  return structuredClone({
    frameworks: [...catalog.frameworks],
    criteria: [...catalog.criteria],
    controls: catalog.controls.map((control) => ({ ...control, criteria: [...control.criteria] })),
  });
}

function firstControl(copy: ReturnType<typeof brokenCopy>): CatalogControl {
  const control = copy.controls[0];
  if (!control) {
    throw new Error('catalog has no controls');
  }
  return control;
}

/** A control that is the only one covering `criterionId`'s criterion must not be removed in these tests. */
function controlCovering(copy: ReturnType<typeof brokenCopy>, criterionId: string): CatalogControl[] {
  return copy.controls.filter((control) => control.criteria.some((m) => m.criterionId === criterionId));
}

describe('validateCatalog', () => {
  it('reports a duplicate control id', () => {
    const copy = brokenCopy();
    copy.controls.push({ ...firstControl(copy), sortOrder: 9999 });
    expect(validateCatalog(copy)).toContain(`duplicate control id "${firstControl(copy).id}"`);
  });

  it('reports a duplicate criterion id', () => {
    const copy = brokenCopy();
    copy.criteria.push({ ...copy.criteria[0]!, sortOrder: 9999 });
    expect(validateCatalog(copy)).toContain('duplicate criterion id "CC1.1"');
  });

  it('reports a control that maps to no criterion', () => {
    const copy = brokenCopy();
    firstControl(copy).criteria = [];
    expect(validateCatalog(copy)).toContain(`control ${firstControl(copy).id}: maps to no criterion`);
  });

  it('reports a mapping to a criterion that does not exist', () => {
    const copy = brokenCopy();
    firstControl(copy).criteria = [{ criterionId: 'CC10.1', rationale: 'there is no such criterion' }];
    expect(validateCatalog(copy)).toContain(
      `control ${firstControl(copy).id}: maps to unknown criterion "CC10.1"`,
    );
  });

  it('reports a mapping without a rationale', () => {
    const copy = brokenCopy();
    const control = firstControl(copy);
    const [mapping] = control.criteria;
    control.criteria = [{ criterionId: mapping!.criterionId, rationale: '  ' }];
    expect(validateCatalog(copy)).toContain(
      `control ${control.id}: mapping to ${mapping!.criterionId} has no rationale`,
    );
  });

  it('reports an in-scope criterion that no control covers', () => {
    const copy = brokenCopy();
    copy.controls = copy.controls.filter(
      (control) => !control.criteria.some((m) => m.criterionId === 'CC3.3'),
    );
    expect(validateCatalog(copy)).toContain('criterion CC3.3: in scope but no control covers it');
  });

  it('accepts an uncovered criterion marked out of scope with a reason', () => {
    const copy = brokenCopy();
    expect(controlCovering(copy, 'CC3.3').length).toBeGreaterThan(0);
    copy.controls = copy.controls.filter(
      (control) => !control.criteria.some((m) => m.criterionId === 'CC3.3'),
    );
    const criterion = copy.criteria.find((c) => c.id === 'CC3.3')!;
    criterion.inScope = false;
    criterion.outOfScopeReason = 'Fraud risk is assessed by the parent company.';
    expect(validateCatalog(copy)).toEqual([]);
  });

  it('reports an out-of-scope criterion without a reason', () => {
    const copy = brokenCopy();
    copy.controls = copy.controls.filter(
      (control) => !control.criteria.some((m) => m.criterionId === 'CC3.3'),
    );
    copy.criteria.find((c) => c.id === 'CC3.3')!.inScope = false;
    expect(validateCatalog(copy)).toContain('criterion CC3.3: out of scope without a reason');
  });

  it('reports a control mapped to an out-of-scope criterion', () => {
    const copy = brokenCopy();
    const criterion = copy.criteria.find((c) => c.id === 'CC3.3')!;
    criterion.inScope = false;
    criterion.outOfScopeReason = 'Assessed elsewhere.';
    const [coveringControl] = controlCovering(copy, 'CC3.3');
    expect(validateCatalog(copy)).toContain(
      `control ${coveringControl!.id}: maps to out-of-scope criterion CC3.3`,
    );
  });

  it('reports a criterion in the wrong family and one with an unknown framework', () => {
    const copy = brokenCopy();
    copy.criteria[0] = { ...copy.criteria[0]!, family: 'CC2', frameworkId: 'ISO27001' };
    const problems = validateCatalog(copy);
    expect(problems).toContain('criterion CC1.1: family "CC2" should be "CC1"');
    expect(problems).toContain('criterion CC1.1: unknown framework "ISO27001"');
  });

  it('reports malformed control ids, unknown areas and mismatched categories', () => {
    const copy = brokenCopy();
    const template = firstControl(copy);
    copy.controls.push(
      { ...template, id: 'AC-1', sortOrder: 1001 },
      { ...template, id: 'KSM-XYZ-01', sortOrder: 1002 },
      { ...template, id: 'KSM-AC-99', category: 'Governance', sortOrder: 1003 },
    );
    const problems = validateCatalog(copy);
    expect(problems).toContain('control AC-1: id must look like KSM-<AREA>-<NN>');
    expect(problems).toContain('control KSM-XYZ-01: unknown area "XYZ"');
    expect(problems).toContain('control KSM-AC-99: category "Governance" should be "Access control"');
  });

  it('reports empty text, an unknown frequency, a read-only owner role and a duplicate sortOrder', () => {
    const copy = brokenCopy();
    const control = firstControl(copy);
    const broken = {
      ...control,
      testProcedure: '',
      frequency: 'sometimes',
      defaultOwnerRole: 'VIEWER',
      sortOrder: copy.controls[1]!.sortOrder,
    } as unknown as CatalogControl;
    copy.controls[0] = broken;
    const problems = validateCatalog(copy);
    expect(problems).toContain(`control ${control.id}: testProcedure is empty`);
    expect(problems).toContain(`control ${control.id}: unknown frequency "sometimes"`);
    expect(problems).toContain(`control ${control.id}: defaultOwnerRole "VIEWER" is not an owner role`);
    expect(problems).toContain(`duplicate control sortOrder "${copy.controls[1]!.sortOrder}"`);
  });
});
