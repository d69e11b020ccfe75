/**
 * How the kind model's opinion is combined with the rules' kind (issue 12's stacking experiment, dev-time only), and
 * the threshold of the "sure" combinations, chosen on the training folds alone.
 */
import {
  KINDS,
  predict,
  probabilitiesOf,
  scoresOf,
  train,
  type Example,
  type Kind,
  type KindModel,
  type TrainingOptions,
} from './kind-model-training';

/** One amount the model may decide: its features (with and without the rules'), the rules' kind and the label's. */
export interface ModelInput {
  features: string[];
  plain: string[];
  rules: Kind;
  /** The labelled kind; undefined when the amount is not scored (labelled as no dollar amount). */
  gold: Kind | undefined;
}

/** The kinds the model may choose among when the rules' `other` stays. */
const BITCOIN_KINDS = KINDS.length - 1;

/** + model: the model's most likely kind. */
export function modelKind(model: KindModel, input: ModelInput): Kind {
  return predict(model, input.features);
}

/** + model, sure ≥ t: the model's kind when it is at least `threshold` sure of it, else the rules'. */
export function overriding(model: KindModel, input: ModelInput, threshold: number): Kind {
  const probabilities = probabilitiesOf(scoresOf(model, input.features));
  const best = probabilities.indexOf(Math.max(...probabilities));
  return probabilities[best]! >= threshold ? KINDS[best]! : input.rules;
}

/** Bitcoin kinds: the rules' `other` stays; for the others, the model's choice among price, cost and target. */
export function amongBitcoinKinds(model: KindModel, input: ModelInput): Kind {
  return amongBitcoinKindsIfSure(model, input, 0);
}

/**
 * Bitcoin kinds, sure ≥ t: the rules' `other` stays; for the others, the model's likeliest of price, cost and target
 * replaces the rules' kind only when its probability (over all four kinds, as in "sure ≥ t") is at least
 * `threshold`. At 0 this is bitcoin kinds.
 */
export function amongBitcoinKindsIfSure(model: KindModel, input: ModelInput, threshold: number): Kind {
  if (input.rules === 'other') return 'other';
  const probabilities = probabilitiesOf(scoresOf(model, input.features)).slice(0, BITCOIN_KINDS);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return probabilities[best]! >= threshold ? KINDS[best]! : input.rules;
}

/** A combination with a threshold: the kind it gives an amount. */
export type ThresholdedCombination = (model: KindModel, input: ModelInput, threshold: number) => Kind;

export const THRESHOLDS = [0, 0.6, 0.7, 0.8, 0.9, 0.95];

export interface ChosenThreshold {
  threshold: number;
  /** Amounts of the left-out training folds given their labelled kind, per threshold of `THRESHOLDS`. */
  counts: number[];
}

/**
 * Each combination's threshold, chosen without the test fold: leave each training fold out in turn, train on the
 * rest, and count the left-out fold's amounts given their labelled kind at each threshold; the most right wins (ties:
 * the higher threshold). One model per left-out fold serves every combination.
 */
export function chosenThresholds(
  training: readonly (readonly (ModelInput | undefined)[])[],
  combinations: readonly ThresholdedCombination[],
  options: TrainingOptions,
): ChosenThreshold[] {
  const counts = combinations.map(() => THRESHOLDS.map(() => 0));
  for (const inner of training) {
    const examples: Example[] = training
      .filter((fold) => fold !== inner)
      .flatMap((fold) =>
        fold.flatMap((input) =>
          input?.gold === undefined ? [] : [{ features: input.features, kind: input.gold }],
        ),
      );
    const model = train(examples, options);
    for (const input of inner) {
      if (input?.gold === undefined) continue;
      combinations.forEach((combine, which) => {
        THRESHOLDS.forEach((threshold, at) => {
          if (combine(model, input, threshold) === input.gold) counts[which]![at]!++;
        });
      });
    }
  }
  return counts.map((right) => {
    let best = 0;
    right.forEach((count, at) => {
      if (count >= right[best]!) best = at;
    });
    return { threshold: THRESHOLDS[best]!, counts: right };
  });
}
