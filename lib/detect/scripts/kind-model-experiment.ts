/**
 * Issue 12's stacking experiment: does a small learned model, reading the rules' decision and the amount's sentence,
 * classify amounts of a fold the rules have not seen better than the rules alone? Tuning split only (the folds of
 * `npm run eval:folds`); the frozen split is never read.
 *
 *   npx tsx lib/detect/scripts/kind-model-experiment.ts <fold> <lib-dir> [<fold> <lib-dir> …]
 *
 * scores each named fold with the `lib/detect` under `<lib-dir>` (e.g. an older commit's `lib`, unpacked with
 * `git archive <commit> lib | tar -x -C <dir>`), the model trained on every other fold's amounts as that same
 * detector reads them. With `--lofo <lib-dir>`, every fold in turn with that detector (leave one fold out).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignSnippet, score, type ScoredRow } from '../../../test/support/generalization-corpus';
import { FOLDS, foldOf, tuningSnippets } from '../../../test/support/tuning-folds';
import { dateRange, plausibleAgainst, plausibleAsAny } from '../plausibility';
import { sentenceAround } from '../sentence';
import { amountFeatures, type DetectorPieces } from './kind-model-features';
import {
  amongBitcoinKinds,
  amongBitcoinKindsIfSure,
  chosenThresholds,
  modelKind,
  overriding,
  THRESHOLDS,
  type ChosenThreshold,
  type ModelInput,
} from './kind-model-combinations';
import {
  DEFAULT_TRAINING,
  nonZeroWeights,
  predict,
  train,
  type Example,
  type Kind,
  type TrainingOptions,
} from './kind-model-training';

/** Rules whose `other` a second opinion may not change: not a dollar amount at all. */
const FINAL_RULES = /^(?:not in US dollars|not a positive amount|priced per a unit other than a bitcoin)/;

/**
 * An older `lib/detect`'s decisions, with the current sentence bounds and plausibility for the features (facts of the
 * text and the price series, not rules: the same features whichever rules decided).
 */
async function piecesFrom(
  libDir: string,
): Promise<DetectorPieces & { plausibleAsAny: typeof plausibleAsAny }> {
  const index = await import(pathToFileURL(resolve(libDir, 'detect', 'index.ts')).href);
  return {
    explainPriceMentions: index.explainPriceMentions,
    sentenceAround,
    dateRange,
    plausibleAgainst,
    plausibleAsAny,
  };
}

type Input = ModelInput;

interface Read {
  fold: string;
  rows: ScoredRow[];
  /** Per row: the features when the model may decide it, and the kind to learn (undefined: not scored). */
  inputs: (Input | undefined)[];
}

function readFolds(pieces: Awaited<ReturnType<typeof piecesFrom>>, folds = FOLDS): Read[] {
  return folds.map((fold) => {
    const rows: ScoredRow[] = [];
    const inputs: Read['inputs'] = [];
    for (const snippet of tuningSnippets.filter((one) => foldOf(one) === fold)) {
      const date = snippet.date === null ? new Date() : new Date(`${snippet.date}T12:00:00Z`);
      const mentions = pieces.explainPriceMentions(snippet.text, snippet.date === null ? {} : { date });
      const sentenceOf = mentions.map(
        (mention) => pieces.sentenceAround(snippet.text, mention.start, mention.end).start,
      );
      for (const row of alignSnippet(snippet, mentions as never)) {
        rows.push(row);
        const index = row.detected === undefined ? -1 : mentions.indexOf(row.detected as never);
        const mention = mentions[index];
        if (
          mention === undefined ||
          !Number.isFinite(mention.usd) ||
          FINAL_RULES.test(mention.reason) ||
          !pieces.plausibleAsAny(mention.usd, [pieces.dateRange(date)])
        ) {
          inputs.push(undefined);
          continue;
        }
        const previous =
          index > 0 && sentenceOf[index - 1] === sentenceOf[index] ? mentions[index - 1] : undefined;
        const gold =
          row.expected === undefined ? 'other' : row.expected.usd === null ? undefined : row.expected.kind;
        inputs.push({
          features: amountFeatures(pieces, snippet.text, date, mention, previous),
          plain: amountFeatures(pieces, snippet.text, date, mention, previous, false),
          rules: mention.kind as Kind,
          gold,
        });
      }
    }
    return { fold, rows, inputs };
  });
}

function examplesOf(reads: Read[], plain: boolean): Example[] {
  return reads.flatMap((read) =>
    read.inputs.flatMap((input) =>
      input?.gold === undefined ? [] : [{ features: plain ? input.plain : input.features, kind: input.gold }],
    ),
  );
}

function relabelled(read: Read, decide: (input: Input) => Kind): ScoredRow[] {
  return read.rows.map((row, index) => {
    const input = read.inputs[index];
    return input === undefined ? row : { ...row, detected: { ...row.detected!, kind: decide(input) } };
  });
}

const percent = (value: number) => (100 * value).toFixed(1);
function line(label: string, rows: ScoredRow[]): string {
  const s = score(rows);
  const kinds = (['btc-cost', 'btc-target', 'other'] as const)
    .map((kind) => `${kind.replace('btc-', '')} ${s.accuracy[kind].right}/${s.accuracy[kind].of}`)
    .join('  ');
  return `  ${label.padEnd(14)} P ${percent(s.precision)} (${s.truePositives}/${s.detectedPrices})  R ${percent(s.recall)} (${s.truePositives}/${s.expectedPrices})  ${kinds}`;
}

function heldOut(test: Read, training: Read[], options: TrainingOptions): string[] {
  const stacked = train(examplesOf(training, false), options);
  const alone = train(examplesOf(training, true), options);
  if (process.env.CONFUSION) {
    const confusion = new Map<string, number>();
    test.rows.forEach((row, index) => {
      const input = test.inputs[index];
      if (row.expected?.usd === null) return;
      const gold = row.expected?.kind ?? 'other';
      const rules = row.detected?.kind ?? 'none';
      const model = input === undefined ? 'fixed' : predict(stacked, input.features);
      const key = `${gold} rules:${rules} stacked:${model}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    });
    for (const [key, count] of [...confusion].sort()) console.log(`    ${count} ${key}`);
  }
  const [chosen, chosenBitcoin] = chosenThresholds(
    training.map((read) => read.inputs),
    [overriding, amongBitcoinKindsIfSure],
    options,
  ) as [ChosenThreshold, ChosenThreshold];
  const perThreshold = ({ counts }: ChosenThreshold) =>
    THRESHOLDS.map((t, at) => `${t}: ${counts[at]}`).join(', ');
  return [
    ...(process.env.WEIGHTS
      ? [
          `  non-zero weights: stacked ${nonZeroWeights(stacked)}, model alone ${nonZeroWeights(alone)} of ${stacked.weights.length}`,
        ]
      : []),
    `  threshold chosen on the training folds: + model ${chosen.threshold} (right per threshold ${perThreshold(chosen)})`,
    `  threshold chosen on the training folds: bitcoin kinds ${chosenBitcoin.threshold} (right per threshold ${perThreshold(chosenBitcoin)})`,
    line('rules', test.rows),
    line(
      'rules + model',
      relabelled(test, (input) => modelKind(stacked, input)),
    ),
    line(
      `… sure ≥ ${chosen.threshold}`,
      relabelled(test, (input) => overriding(stacked, input, chosen.threshold)),
    ),
    ...(process.env.ALL_THRESHOLDS
      ? THRESHOLDS.map((t) =>
          line(
            `  (≥ ${t})`,
            relabelled(test, (input) => overriding(stacked, input, t)),
          ),
        )
      : []),
    line(
      'bitcoin kinds',
      relabelled(test, (input) => amongBitcoinKinds(stacked, input)),
    ),
    line(
      `… sure ≥ ${chosenBitcoin.threshold}`,
      relabelled(test, (input) => amongBitcoinKindsIfSure(stacked, input, chosenBitcoin.threshold)),
    ),
    ...(process.env.ALL_THRESHOLDS
      ? THRESHOLDS.map((t) =>
          line(
            `  (≥ ${t})`,
            relabelled(test, (input) => amongBitcoinKindsIfSure(stacked, input, t)),
          ),
        )
      : []),
    line(
      'model alone',
      relabelled(test, (input) => predict(alone, input.plain)),
    ),
  ];
}

const args = process.argv.slice(2);
const options: TrainingOptions = { ...DEFAULT_TRAINING };
/** `--train-lib <fold>=<lib-dir>`: that training fold read by another detector (e.g. its own first contact's). */
const trainingLibs = new Map<string, string>();
for (let at = 0; at < args.length;) {
  const flag = args[at]!;
  const key = ({ '--l2': 'l2', '--epochs': 'epochs', '--buckets': 'buckets' } as const)[flag as '--l2'];
  if (key !== undefined) options[key] = Number(args[at + 1]);
  else if (flag === '--train-lib') {
    const [fold, libDir] = args[at + 1]!.split('=') as [string, string];
    trainingLibs.set(fold, libDir);
  } else {
    at++;
    continue;
  }
  args.splice(at, 2);
}
const piecesCache = new Map<string, Awaited<ReturnType<typeof piecesFrom>>>();
const piecesOf = async (libDir: string) =>
  piecesCache.get(libDir) ?? piecesCache.set(libDir, await piecesFrom(libDir)).get(libDir)!;

async function trainingReads(
  testFold: string,
  testLib: string,
  sameLib: Read[] | undefined,
): Promise<Read[]> {
  const reads: Read[] = [];
  for (const fold of FOLDS.filter((one) => one !== testFold)) {
    const libDir = trainingLibs.get(fold) ?? testLib;
    const read = libDir === testLib ? sameLib?.find((one) => one.fold === fold) : undefined;
    reads.push(read ?? readFolds(await piecesOf(libDir), [fold])[0]!);
  }
  return reads;
}

console.log(`options ${JSON.stringify(options)}; training libs ${JSON.stringify([...trainingLibs])}`);
if (args[0] === '--lofo') {
  const reads = readFolds(await piecesOf(args[1]!));
  for (const test of reads) {
    const training = await trainingReads(test.fold, args[1]!, reads);
    console.log(
      `${test.fold} (detector ${args[1]}, leave one fold out)\n${heldOut(test, training, options).join('\n')}`,
    );
  }
} else {
  for (let at = 0; at < args.length; at += 2) {
    const [fold, libDir] = [args[at]!, args[at + 1]!];
    const [test] = readFolds(await piecesOf(libDir), [fold]);
    const training = await trainingReads(fold, libDir, undefined);
    console.log(`${fold} (detector ${libDir}, held out)\n${heldOut(test!, training, options).join('\n')}`);
  }
}
