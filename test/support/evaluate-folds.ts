/**
 * The tuning split's three batches as folds (`npm run eval:folds`): the original tuning part of the `batch-*` files,
 * `tune-en` and `tune-intl`. A rule derived from one or two folds' errors is kept only if it does not lower the score
 * of a fold it was not derived from (`lib/detect/README.md`, "Validation inside the tuning split"). Reads the tuning
 * split only; the frozen test split is not scored here. `--errors <fold>` lists that fold's errors.
 */
import { loadRealSnippets, splitOf, type RealSnippet, type ScoredRow } from './generalization-corpus';
import { detectedRows, scoreLine } from './score-lines';

const FOLD_LINE = { labelWidth: 10, counts: true };

export type Fold = 'orig' | 'tune-en' | 'tune-intl';
export const FOLDS: Fold[] = ['orig', 'tune-en', 'tune-intl'];

export function foldOf(snippet: RealSnippet): Fold {
  if (snippet.batch === 'tune-en.json') return 'tune-en';
  if (snippet.batch === 'tune-intl.json') return 'tune-intl';
  return 'orig';
}

const errorsOf = process.argv.includes('--errors')
  ? process.argv[process.argv.indexOf('--errors') + 1]
  : undefined;
const tuning = loadRealSnippets().filter((snippet) => splitOf(snippet) === 'tune');
const all: ScoredRow[] = [];
for (const fold of FOLDS) {
  const rows = detectedRows(tuning.filter((snippet) => foldOf(snippet) === fold));
  all.push(...rows);
  console.log(scoreLine(fold, rows, FOLD_LINE));
  if (errorsOf !== fold) continue;
  for (const row of rows) {
    const expected = row.expected?.usd === null ? undefined : row.expected;
    if (row.expected !== undefined && expected === undefined) continue;
    if ((expected?.kind ?? 'other') === (row.detected?.kind ?? 'other')) continue;
    console.log(
      `  ${row.snippet.id} [${row.snippet.date ?? 'no date'}] "${expected?.text ?? row.detected?.text}" ` +
        `label ${expected?.kind ?? '-'} got ${row.detected?.kind ?? 'nothing'}: ${row.snippet.text}`,
    );
  }
}
console.log(scoreLine('all', all, FOLD_LINE));
