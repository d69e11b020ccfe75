import { describe, expect, it } from 'vitest';
import { explainPriceMentions } from '../detect-mentions';
import { dateRange, plausibleAgainst } from '../plausibility';
import { sentenceAround } from '../sentence';
import {
  amongBitcoinKinds,
  amongBitcoinKindsIfSure,
  chosenThresholds,
  overriding,
  type ModelInput,
} from './kind-model-combinations';
import { amountFeatures } from './kind-model-features';
import {
  featureBucket,
  KINDS,
  nonZeroWeights,
  predict,
  train,
  type Example,
  type Kind,
  type KindModel,
} from './kind-model-training';

const pieces = { explainPriceMentions, sentenceAround, dateRange, plausibleAgainst };
const date = new Date('2026-03-10T12:00:00Z');

function featuresOf(text: string, withRules = true): string[] {
  const [mention] = explainPriceMentions(text, { date });
  return amountFeatures(pieces, text, date, mention!, undefined, withRules);
}

describe('the kind model experiment', () => {
  it('places the sentence words by distance and clause, years against the date', () => {
    const features = featuresOf(
      'Production costs rose sharply, but analysts expect bitcoin to reach $150,000 by 2030.',
    );
    expect(features).toContain('b1:reach');
    expect(features).toContain('b2:expect');
    expect(features).toContain('bc:expect');
    expect(features).toContain('bx:costs');
    expect(features).toContain('a1:year1');
    expect(features).toContain('kind:btc-target');
  });

  it('leaves the rules out of the model alone', () => {
    const features = featuresOf('Bitcoin traded at $70,000 on Monday.', false);
    expect(features.some((feature) => feature.startsWith('kind:') || feature.startsWith('rule:'))).toBe(
      false,
    );
    expect(features).toContain('fits:price:true');
  });

  it('learns a kind from a word, the same weights each time', () => {
    const examples: Example[] = [
      ...Array.from({ length: 5 }, () => ({ features: ['bias', 'w:cost'], kind: 'btc-cost' as const })),
      ...Array.from({ length: 5 }, () => ({ features: ['bias', 'w:expect'], kind: 'btc-target' as const })),
      ...Array.from({ length: 5 }, () => ({ features: ['bias', 'w:trades'], kind: 'btc-price' as const })),
    ];
    const options = { buckets: 256, l2: 1e-3, epochs: 100, step: 0.5 };
    const model = train(examples, options);
    expect(predict(model, ['bias', 'w:cost'])).toBe('btc-cost');
    expect(predict(model, ['bias', 'w:expect'])).toBe('btc-target');
    expect(predict(model, ['bias', 'w:trades'])).toBe('btc-price');
    expect(train(examples, options).weights).toEqual(model.weights);
    expect(featureBucket('w:cost', 256)).toBe(featureBucket('w:cost', 256));
  });

  it('counts the weights a model would ship', () => {
    const model = train([{ features: ['bias', 'w:cost'], kind: 'btc-cost' }], {
      buckets: 256,
      l2: 1e-3,
      epochs: 3,
      step: 0.5,
    });
    const used = new Set(['bias', 'w:cost'].map((feature) => featureBucket(feature, 256))).size;
    expect(nonZeroWeights(model)).toBe(used * KINDS.length);
  });
});

/** A model whose scores for the one feature `f` are `scores` (price, cost, target, other). */
function modelScoring(scores: number[]): KindModel {
  const buckets = 16;
  const weights = new Float64Array(buckets * KINDS.length);
  scores.forEach((score, kind) => (weights[featureBucket('f', buckets) * KINDS.length + kind] = score));
  return { buckets, weights };
}

const input = (rules: Kind, gold?: Kind): ModelInput => ({ features: ['f'], plain: ['f'], rules, gold });

describe('combining the model with the rules', () => {
  // Cost at 2, the rest at 0: the model is e²/(e² + 3) = 0.711 sure of a cost.
  const fairlySure = modelScoring([0, 2, 0, 0]);
  // Other at 3, cost at 1: cost is the likeliest bitcoin kind, but only 0.110 sure.
  const ratherOther = modelScoring([0, 1, 0, 3]);

  it('overrides the rules only as far as it is sure', () => {
    expect(overriding(fairlySure, input('btc-price'), 0.7)).toBe('btc-cost');
    expect(overriding(fairlySure, input('btc-price'), 0.8)).toBe('btc-price');
    expect(overriding(ratherOther, input('btc-price'), 0)).toBe('other');
  });

  it("among bitcoin kinds, keeps the rules' other and chooses among price, cost and target", () => {
    expect(amongBitcoinKinds(ratherOther, input('other'))).toBe('other');
    expect(amongBitcoinKinds(ratherOther, input('btc-price'))).toBe('btc-cost');
    expect(amongBitcoinKindsIfSure(ratherOther, input('btc-price'), 0)).toBe('btc-cost');
  });

  it('among bitcoin kinds, sure ≥ t, overrides only at a probability over all four kinds of at least t', () => {
    expect(amongBitcoinKindsIfSure(fairlySure, input('btc-target'), 0.7)).toBe('btc-cost');
    expect(amongBitcoinKindsIfSure(fairlySure, input('btc-target'), 0.8)).toBe('btc-target');
    // Among the three bitcoin kinds alone it would be e/(e + 2) = 0.576 sure of the cost; over all four, 0.110.
    expect(amongBitcoinKindsIfSure(ratherOther, input('btc-price'), 0.5)).toBe('btc-price');
    expect(amongBitcoinKindsIfSure(fairlySure, input('other'), 0)).toBe('other');
  });

  it('chooses each threshold by the amounts right on the left-out training folds, ties to the higher', () => {
    // One training epoch: the model leans to cost (0.475 sure, its weights ±0.5) but is not sure of it.
    const options = { buckets: 256, l2: 1e-3, epochs: 1, step: 0.5 };
    const folds = [0, 1, 2].map(() => [
      input('btc-price', 'btc-cost'),
      undefined,
      input('other', 'btc-cost'),
    ]);
    const [plus, bitcoin] = chosenThresholds(folds, [overriding, amongBitcoinKindsIfSure], options);
    // + model: only at 0 does it override either amount, and both are costs.
    expect(plus).toEqual({ threshold: 0, counts: [6, 0, 0, 0, 0, 0] });
    // Bitcoin kinds: the rules' other stays, so only the price read as a cost can be set right, again at 0 only.
    expect(bitcoin).toEqual({ threshold: 0, counts: [3, 0, 0, 0, 0, 0] });
    const rulesRight = [0, 1, 2].map(() => [input('btc-cost', 'btc-cost')]);
    expect(chosenThresholds(rulesRight, [overriding], options)[0]!.threshold).toBe(0.95);
  });
});
