/**
 * Agreement between the corpus's labels and a blind second labelling of 100 snippets (`second-labels.json`):
 * amounts are matched by overlapping span; agreement is per amount (same kind), with Cohen's kappa over the kinds.
 * Run: npx tsx test/support/labeller-agreement.ts
 */
import { readFileSync } from 'node:fs';
import { LABEL_KINDS, loadRealSnippets, type LabelKind } from './generalization-corpus';

interface SecondLabel {
  /** The snippet as the second labeller saw it (no id: the labeller worked from the texts alone). */
  text: string;
  mentions: { text: string; usd: number | null; kind: LabelKind }[];
}

const second = JSON.parse(
  readFileSync(new URL('./second-labels.json', import.meta.url), 'utf8'),
) as SecondLabel[];
const first = new Map(loadRealSnippets().map((snippet) => [snippet.text, snippet]));
type Pair = [LabelKind | 'none', LabelKind | 'none'];
const pairs: Pair[] = [];
const disagreements: string[] = [];

function spans(text: string, mentions: { text: string }[]) {
  let cursor = 0;
  return mentions.map((mention) => {
    const start = text.indexOf(mention.text, cursor);
    cursor = start + mention.text.length;
    return { start, end: start + mention.text.length };
  });
}

let dropped = 0;
for (const labelled of second) {
  const snippet = first.get(labelled.text);
  if (snippet === undefined) {
    dropped++;
    continue;
  }
  const a = spans(snippet.text, snippet.mentions);
  const b = spans(snippet.text, labelled.mentions);
  const used = new Set<number>();
  snippet.mentions.forEach((mention, index) => {
    const match = b.findIndex(
      (span, other) =>
        !used.has(other) && Math.min(span.end, a[index]!.end) > Math.max(span.start, a[index]!.start),
    );
    if (match !== -1) used.add(match);
    const kind = match === -1 ? 'none' : labelled.mentions[match]!.kind;
    pairs.push([mention.kind, kind]);
    if (kind !== mention.kind)
      disagreements.push(`${snippet.id} "${mention.text}": ${mention.kind} / ${kind}`);
  });
  labelled.mentions.forEach((mention, index) => {
    if (used.has(index)) return;
    pairs.push(['none', mention.kind]);
    disagreements.push(`${snippet.id} "${mention.text}": none / ${mention.kind}`);
  });
}

const agreed = pairs.filter(([a, b]) => a === b).length;
const categories = [...LABEL_KINDS, 'none'] as const;
const share = (side: 0 | 1, kind: string) =>
  pairs.filter((pair) => pair[side] === kind).length / pairs.length;
const expected = categories.reduce((sum, kind) => sum + share(0, kind) * share(1, kind), 0);
const observed = agreed / pairs.length;
const kappa = (observed - expected) / (1 - expected);
const priceAgreed = pairs.filter(([a, b]) => (a === 'btc-price') === (b === 'btc-price')).length;
console.log(
  `${second.length - dropped} snippets (${dropped} no longer in the corpus), ${pairs.length} amounts`,
);
console.log(
  `agreement on kind: ${agreed}/${pairs.length} = ${(100 * observed).toFixed(1)} %, Cohen's kappa ${kappa.toFixed(3)}`,
);
console.log(
  `agreement on "is a bitcoin price": ${priceAgreed}/${pairs.length} = ${((100 * priceAgreed) / pairs.length).toFixed(1)} %`,
);
for (const line of disagreements) console.log(`  ${line}`);
