/**
 * The tuning split's batches as folds (`npm run eval:folds`): `orig`, the tuning part of the `batch-*` files, and one
 * fold per `tune-*` batch file, named by its file name without `.json` (`tune-en`, `tune-intl`, `tune-kinds-en`, …),
 * so a batch added later is a fold of its own without changing this file. A rule derived from one or two folds' errors
 * is kept only if it does not lower the score of a fold it was not derived from (`lib/detect/README.md`, "Validation
 * inside the tuning split"). Reads the tuning split only; the frozen test split is not scored here. `--errors <fold>`
 * lists that fold's errors.
 */
import type { ScoredRow } from './generalization-corpus';
import { detectedRows, scoreLine } from './score-lines';
import { FOLDS, foldOf, tuningSnippets as tuning } from './tuning-folds';

const FOLD_LINE = { labelWidth: Math.max(...FOLDS.map((fold) => fold.length)) + 1, counts: true };

const errorsOf = process.argv.includes('--errors')
  ? process.argv[process.argv.indexOf('--errors') + 1]
  : undefined;
if (errorsOf !== undefined && !FOLDS.includes(errorsOf)) {
  console.error(`--errors: no fold "${errorsOf}" (folds: ${FOLDS.join(', ')})`);
  process.exit(1);
}
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
