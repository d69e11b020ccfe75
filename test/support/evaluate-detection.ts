/**
 * Scores the detector on the real-news corpus (`npm run eval:detect`). The frozen test split is printed as scores
 * only: its errors are never listed, so that no rule is tuned on it. `--errors` lists the tuning split's errors.
 */
import { eraOf, loadRealSnippets, score, splitOf, type RealSnippet } from './generalization-corpus';
import { detectedRows, scoreLine } from './score-lines';

const SPLIT_LINE = { labelWidth: 22 };

const showErrors = process.argv.includes('--errors');
const json = process.argv.includes('--json');

const snippets = loadRealSnippets();
const results: Record<string, unknown> = {};
for (const split of ['tune', 'test'] as const) {
  const inSplit = snippets.filter((snippet) => splitOf(snippet) === split);
  const rows = detectedRows(inSplit);
  results[split] = score(rows);
  if (json) continue;
  console.log(`\n== ${split === 'test' ? 'FROZEN TEST split (never tuned on)' : 'tuning split'}`);
  console.log(scoreLine('all', rows, SPLIT_LINE));
  const groups: [string, (snippet: RealSnippet) => string][] = [
    ['lang', (snippet) => snippet.lang],
    ['form', (snippet) => snippet.form],
    ['era', eraOf],
    ['batch', (snippet) => snippet.batch.replace(/\.json$/, '')],
  ];
  for (const [name, keyOf] of groups) {
    const keys = [...new Set(inSplit.map(keyOf))].sort();
    for (const key of keys)
      console.log(
        scoreLine(
          `${name} ${key}`,
          rows.filter((row) => keyOf(row.snippet) === key),
          SPLIT_LINE,
        ),
      );
  }
  if (showErrors && split === 'tune') {
    for (const row of rows) {
      const expected = row.expected?.usd === null ? undefined : row.expected;
      if (row.expected !== undefined && expected === undefined) continue;
      const wrong =
        (expected?.kind ?? 'other') !== (row.detected?.kind ?? 'other') &&
        (expected?.kind === 'btc-price' || row.detected?.kind === 'btc-price' || expected !== undefined);
      if (!wrong) continue;
      console.log(
        `  ${row.snippet.id} [${row.snippet.date ?? 'no date'}] "${expected?.text ?? row.detected?.text}" ` +
          `label ${expected?.kind ?? '-'} got ${row.detected?.kind ?? 'nothing'}: ${row.snippet.text}`,
      );
    }
  }
}
if (json) console.log(JSON.stringify(results, null, 1));
