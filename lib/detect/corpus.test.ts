import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainPriceMentions } from './index';
import type { MentionKind } from './types';

interface ExpectedMention {
  text: string;
  usd: number | null;
  kind: MentionKind;
}
interface Snippet {
  id: string;
  text: string;
  date?: string;
  mentions: ExpectedMention[];
}

const corpus = JSON.parse(
  readFileSync(new URL('../../test/fixtures/mentions-corpus.json', import.meta.url), 'utf8'),
) as { snippets: Snippet[] };
const KINDS: MentionKind[] = ['btc-price', 'btc-cost', 'btc-target', 'other'];

/** Runs the engine over the corpus and lines up each expected mention with the detected one at the same place. */
function evaluate() {
  const rows: {
    snippet: Snippet;
    expected?: ExpectedMention;
    detected?: ReturnType<typeof explainPriceMentions>[number];
  }[] = [];
  for (const snippet of corpus.snippets) {
    const detected = explainPriceMentions(snippet.text, snippet.date ? { date: new Date(snippet.date) } : {});
    const used = new Set<number>();
    let cursor = 0;
    for (const expected of snippet.mentions) {
      const start = snippet.text.indexOf(expected.text, cursor);
      if (start === -1) throw new Error(`${snippet.id}: "${expected.text}" is not in the text`);
      cursor = start + expected.text.length;
      const index = detected.findIndex(
        (mention) => mention.start === start && mention.text === expected.text,
      );
      if (index !== -1) used.add(index);
      rows.push({ snippet, expected, detected: detected[index] });
    }
    detected.forEach((mention, index) => {
      if (!used.has(index)) rows.push({ snippet, detected: mention });
    });
  }
  return rows;
}

describe('the labelled mentions corpus', () => {
  const rows = evaluate();

  it('has at least 300 snippets covering every kind', () => {
    expect(corpus.snippets.length).toBeGreaterThanOrEqual(300);
    for (const kind of KINDS) {
      expect(
        corpus.snippets.some((snippet) => snippet.mentions.some((mention) => mention.kind === kind)),
      ).toBe(true);
    }
  });

  it('finds btc-price mentions with precision and recall of at least 0.95', () => {
    const truePositives = rows.filter(
      (row) => row.expected?.kind === 'btc-price' && row.detected?.kind === 'btc-price',
    ).length;
    const detectedPrices = rows.filter((row) => row.detected?.kind === 'btc-price').length;
    const expectedPrices = rows.filter((row) => row.expected?.kind === 'btc-price').length;
    const precision = truePositives / detectedPrices;
    const recall = truePositives / expectedPrices;

    const accuracy = KINDS.map((kind) => {
      const ofKind = rows.filter((row) => row.expected?.kind === kind);
      const right = ofKind.filter((row) => row.detected?.kind === kind).length;
      return `${kind} ${right}/${ofKind.length} (${((100 * right) / ofKind.length).toFixed(1)}%)`;
    });
    const labelled = rows.filter((row) => row.expected !== undefined);
    const allRight = labelled.filter((row) => row.detected?.kind === row.expected?.kind).length;
    const missed = labelled.filter((row) => row.detected === undefined).length;
    const spurious = rows.filter((row) => row.expected === undefined).length;
    const wrong = rows.filter((row) => row.detected?.kind !== row.expected?.kind);
    console.log(
      [
        `corpus: ${corpus.snippets.length} snippets, ${labelled.length} labelled amounts`,
        `btc-price precision ${precision.toFixed(3)} (${truePositives}/${detectedPrices}), recall ${recall.toFixed(3)} (${truePositives}/${expectedPrices})`,
        `accuracy per kind: ${accuracy.join(', ')}; overall ${((100 * allRight) / labelled.length).toFixed(1)}%`,
        `amounts not found: ${missed}; amounts found that are not labelled: ${spurious}`,
        ...wrong.map(
          (row) =>
            `  ${row.snippet.id}: "${row.expected?.text ?? row.detected?.text}" expected ${row.expected?.kind ?? 'nothing'}, got ${row.detected?.kind ?? 'nothing'} (${row.detected?.reason ?? ''}) | ${row.snippet.text}`,
        ),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reads every labelled amount with its labelled dollar value', () => {
    const wrongValues = rows
      .filter((row) => row.expected !== undefined && row.detected !== undefined)
      .filter((row) => {
        const expected = row.expected!.usd;
        const actual = row.detected!.usd;
        return expected === null ? !Number.isNaN(actual) : Math.abs(actual - expected) > 1e-6 * expected;
      })
      .map(
        (row) =>
          `${row.snippet.id}: ${row.expected!.text} expected ${row.expected!.usd}, got ${row.detected!.usd}`,
      );
    expect(wrongValues).toEqual([]);
  });

  it('finds every labelled amount and nothing else', () => {
    const unmatched = rows
      .filter((row) => row.expected === undefined || row.detected === undefined)
      .map(
        (row) =>
          `${row.snippet.id}: ${row.expected ? 'missed' : 'extra'} "${(row.expected ?? row.detected)!.text}"`,
      );
    expect(unmatched).toEqual([]);
  });
});
