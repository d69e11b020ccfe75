/**
 * Multinomial logistic regression over hashed string features, L2-regularised, trained by full-batch gradient
 * descent with AdaGrad steps (deterministic: same data, same weights). Dev-time only (issue 12's experiment).
 */
export const KINDS = ['btc-price', 'btc-cost', 'btc-target', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface TrainingOptions {
  buckets: number;
  l2: number;
  epochs: number;
  step: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { buckets: 1 << 14, l2: 1e-3, epochs: 300, step: 0.5 };

/** FNV-1a of a feature's string, into `buckets` (a power of two). */
export function featureBucket(feature: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (buckets - 1);
}

export interface Example {
  features: string[];
  kind: Kind;
}

export interface KindModel {
  buckets: number;
  /** weights[bucket * KINDS.length + kind]. */
  weights: Float64Array;
}

function bucketsOf(features: readonly string[], buckets: number): number[] {
  return [...new Set(features.map((feature) => featureBucket(feature, buckets)))];
}

export function scoresOf(model: KindModel, features: readonly string[]): number[] {
  const scores = KINDS.map(() => 0);
  for (const bucket of bucketsOf(features, model.buckets)) {
    for (let kind = 0; kind < KINDS.length; kind++)
      scores[kind]! += model.weights[bucket * KINDS.length + kind]!;
  }
  return scores;
}

export function probabilitiesOf(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

export function predict(model: KindModel, features: readonly string[]): Kind {
  const scores = scoresOf(model, features);
  return KINDS[scores.indexOf(Math.max(...scores))]!;
}

/** The weights a model would have to ship: those not zero (buckets no training feature fell into stay zero). */
export function nonZeroWeights(model: KindModel): number {
  return model.weights.reduce((count, weight) => (weight === 0 ? count : count + 1), 0);
}

export function train(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING): KindModel {
  const { buckets, l2, epochs, step } = options;
  const width = KINDS.length;
  const weights = new Float64Array(buckets * width);
  const squares = new Float64Array(buckets * width);
  const encoded = examples.map((example) => ({
    buckets: bucketsOf(example.features, buckets),
    kind: KINDS.indexOf(example.kind),
  }));
  const gradient = new Float64Array(buckets * width);
  const touched = new Set<number>();
  for (const example of encoded) for (const bucket of example.buckets) touched.add(bucket);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    for (const example of encoded) {
      const model = { buckets, weights };
      const scores = KINDS.map(() => 0);
      for (const bucket of example.buckets) {
        for (let kind = 0; kind < width; kind++) scores[kind]! += model.weights[bucket * width + kind]!;
      }
      const probabilities = probabilitiesOf(scores);
      for (let kind = 0; kind < width; kind++) {
        const error = probabilities[kind]! - (kind === example.kind ? 1 : 0);
        for (const bucket of example.buckets) gradient[bucket * width + kind]! += error / encoded.length;
      }
    }
    for (const bucket of touched) {
      for (let kind = 0; kind < width; kind++) {
        const at = bucket * width + kind;
        const g = gradient[at]! + l2 * weights[at]!;
        squares[at]! += g * g;
        weights[at]! -= (step * g) / (Math.sqrt(squares[at]!) + 1e-8);
      }
    }
  }
  return { buckets, weights };
}
