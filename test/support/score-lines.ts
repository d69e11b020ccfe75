// What the two evaluation scripts (`eval:detect`, `eval:folds`) share: the detector run over snippets, and one
// printed line of scores.
import { detectPriceMentions } from '../../lib/detect';
import { alignSnippet, score, type RealSnippet, type ScoredRow } from './generalization-corpus';

/** Each snippet's labelled amounts beside what the detector found, at the snippet's date (undated: today). */
export function detectedRows(snippets: RealSnippet[]): ScoredRow[] {
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

/** `label snippets N prices N P x% R y% cost a/b target a/b other a/b`; `counts` adds precision's counts. */
export function scoreLine(
  label: string,
  rows: ScoredRow[],
  { labelWidth, counts = false }: { labelWidth: number; counts?: boolean },
): string {
  const s = score(rows);
  const accuracy = (['btc-cost', 'btc-target', 'other'] as const)
    .map((kind) => `${kind.replace('btc-', '')} ${s.accuracy[kind].right}/${s.accuracy[kind].of}`)
    .join('  ');
  const precisionCounts = counts ? ` (${s.truePositives}/${s.detectedPrices})` : '';
  return (
    `${label.padEnd(labelWidth)} snippets ${String(s.snippets).padStart(4)}  prices ${String(s.expectedPrices).padStart(4)}  ` +
    `P ${percent(s.precision).padStart(6)}${precisionCounts}  R ${percent(s.recall).padStart(6)}  ${accuracy}`
  );
}
