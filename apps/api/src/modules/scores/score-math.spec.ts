import { describe, expect, it } from 'vitest';
import { scoreOf } from './score-math';

describe('scoreOf', () => {
  it('is passing applicable controls over applicable controls, ignoring not-applicable ones', () => {
    const score = scoreOf([
      { controlId: 'A', status: 'PASSING', families: ['CC6'] },
      { controlId: 'B', status: 'FAILING', families: ['CC6', 'CC7'] },
      { controlId: 'C', status: 'NEEDS_EVIDENCE', families: ['CC7'] },
      { controlId: 'D', status: 'NOT_APPLICABLE', families: ['CC7'] },
    ]);
    expect(score).toMatchObject({ score: 33.3, passing: 1, failing: 1, needsEvidence: 1, applicable: 3 });
    expect(score.byCriterion).toEqual([
      { family: 'CC6', score: 50, passing: 1, failing: 1, needsEvidence: 0, applicable: 2 },
      { family: 'CC7', score: 0, passing: 0, failing: 1, needsEvidence: 1, applicable: 2 },
    ]);
  });

  it('is 0, not NaN, when nothing applies', () => {
    expect(scoreOf([{ controlId: 'A', status: 'NOT_APPLICABLE', families: [] }]).score).toBe(0);
    expect(scoreOf([]).score).toBe(0);
  });
});
