/**
 * Scores the detector on the real-news corpus (`npm run eval:detect`). The frozen test split is printed as scores
 * only: its errors are never listed, so that no rule is tuned on it. `--errors` lists the tuning split's errors.
 */
import { detectPriceMentions } from '../../lib/detect';
import {
  alignSnippet,
  eraOf,
  loadRealSnippets,
  score,
  splitOf,
  type RealSnippet,
  type ScoredRow,
} from './generalization-corpus';

const showErrors = process.argv.includes('--errors');
const json = process.argv.includes('--json');

function rowsFor(snippets: RealSnippet[]): ScoredRow[] {
  return snippets.flatMap((snippet) =>
    alignSnippet(
      snippet,
      detectPriceMentions(
        snippet.text,
        snippet.date === null ? {} : { date: new Date(`${snippet.date}T12:00:00Z`) },
      ),
    ),
  );
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function line(label: string, rows: ScoredRow[]): string {
  const s = score(rows);
  const acc = (['btc-cost', 'btc-target', 'other'] as const)
    .map((kind) => `${kind.replace('btc-', '')} ${s.accuracy[kind].right}/${s.accuracy[kind].of}`)
    .join('  ');
  return (
    `${label.padEnd(22)} snippets ${String(s.snippets).padStart(4)}  prices ${String(s.expectedPrices).padStart(4)}  ` +
    `P ${percent(s.precision).padStart(6)}  R ${percent(s.recall).padStart(6)}  ${acc}`
  );
}

const snippets = loadRealSnippets();
const results: Record<string, unknown> = {};
for (const split of ['tune', 'test'] as const) {
  const inSplit = snippets.filter((snippet) => splitOf(snippet) === split);
  const rows = rowsFor(inSplit);
  results[split] = score(rows);
  if (json) continue;
  console.log(`\n== ${split === 'test' ? 'FROZEN TEST split (never tuned on)' : 'tuning split'}`);
  console.log(line('all', rows));
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
        line(
          `${name} ${key}`,
          rows.filter((row) => keyOf(row.snippet) === key),
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
