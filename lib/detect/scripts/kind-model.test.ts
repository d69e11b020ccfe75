import { describe, expect, it } from 'vitest';
import { explainPriceMentions } from '../detect-mentions';
import { dateRange, plausibleAgainst } from '../plausibility';
import { sentenceAround } from '../sentence';
import { amountFeatures } from './kind-model-features';
import { featureBucket, predict, train, type Example } from './kind-model-training';

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
});
