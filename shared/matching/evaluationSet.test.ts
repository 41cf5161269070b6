// The screening engine against the labelled evaluation set (test/fixtures/screeningEvaluation.ts):
// precision and recall at the default threshold, each at least 0.95 (issue 13).
import { describe, expect, it } from 'vitest';
import { evaluateScreening, screeningEvaluationSet } from '../../test/fixtures/screeningEvaluation';
import { buildScreeningIndex, defaultMinScore } from './index';

describe('the evaluation set', () => {
  const { entries, queries } = screeningEvaluationSet();
  const result = evaluateScreening(buildScreeningIndex(entries), queries);

  it('is big and varied enough to mean something', () => {
    expect(entries.length).toBeGreaterThanOrEqual(35);
    expect(result.positives).toBeGreaterThanOrEqual(200);
    expect(result.negatives).toBeGreaterThanOrEqual(40);
  });

  it(`finds the listed company in its variants: recall ≥ 0.95 at the default threshold (${defaultMinScore})`, () => {
    expect(result.recall, result.falseNegatives.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('does not find it for another company: precision ≥ 0.95', () => {
    expect(result.precision, result.falsePositives.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
