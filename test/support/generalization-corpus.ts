import { readdirSync, readFileSync } from 'node:fs';
import { isFrozenTest } from './generalization-split';

/** The labelled real-news corpus of `test/fixtures/detect-generalization/` (format: `lib/detect/LABELLING.md`). */
export type LabelKind = 'btc-price' | 'btc-cost' | 'btc-target' | 'other';
export const LABEL_KINDS: LabelKind[] = ['btc-price', 'btc-cost', 'btc-target', 'other'];

export interface LabelledAmount {
  text: string;
  usd: number | null;
  kind: LabelKind;
}
export interface RealSnippet {
  id: string;
  text: string;
  url: string;
  site: string;
  date: string | null;
  dateFrom: string;
  lang: string;
  form: 'headline' | 'sentence' | 'ticker';
  mentions: LabelledAmount[];
  /** The batch file it comes from. */
  batch: string;
}

const CORPUS_DIR = new URL('../fixtures/detect-generalization/', import.meta.url);

function fail(file: string, id: string, field: string, reason: string): never {
  throw new Error(`${file}: ${id}: ${field}: ${reason}`);
}

/** Every snippet of every batch file, checked against the guideline's shape. */
export function loadRealSnippets(): RealSnippet[] {
  const snippets: RealSnippet[] = [];
  const ids = new Set<string>();
  const files = readdirSync(CORPUS_DIR)
    .filter((name) => /^(batch|tune)-.*\.json$/.test(name))
    .sort();
  for (const file of files) {
    const raw = JSON.parse(readFileSync(new URL(file, CORPUS_DIR), 'utf8')) as unknown;
    if (!Array.isArray(raw)) fail(file, '-', 'file', 'not a JSON array');
    for (const entry of raw as Record<string, unknown>[]) {
      const id = typeof entry.id === 'string' ? entry.id : fail(file, '?', 'id', 'missing');
      if (ids.has(id)) fail(file, id, 'id', 'duplicate');
      ids.add(id);
      const text = typeof entry.text === 'string' ? entry.text : fail(file, id, 'text', 'missing');
      if (typeof entry.url !== 'string' || !/^https?:\/\//.test(entry.url))
        fail(file, id, 'url', 'not a URL');
      const date = entry.date ?? null;
      if (date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
        fail(file, id, 'date', `not YYYY-MM-DD: ${String(date)}`);
      }
      const form = entry.form;
      if (form !== 'headline' && form !== 'sentence' && form !== 'ticker')
        fail(file, id, 'form', String(form));
      if (!Array.isArray(entry.mentions)) fail(file, id, 'mentions', 'not an array');
      let cursor = 0;
      const mentions = (entry.mentions as Record<string, unknown>[]).map((mention, index) => {
        const where = `mentions[${index}]`;
        if (typeof mention.text !== 'string' || mention.text === '') fail(file, id, where, 'no text');
        const found = text.indexOf(mention.text, cursor);
        if (found === -1)
          fail(file, id, where, `"${mention.text}" is not in the text (after offset ${cursor})`);
        cursor = found + mention.text.length;
        if (!LABEL_KINDS.includes(mention.kind as LabelKind))
          fail(file, id, where, `kind ${String(mention.kind)}`);
        if (mention.usd !== null && typeof mention.usd !== 'number') fail(file, id, where, 'usd');
        return { text: mention.text, usd: mention.usd as number | null, kind: mention.kind as LabelKind };
      });
      snippets.push({
        id,
        text,
        url: entry.url as string,
        site: String(entry.site ?? new URL(entry.url as string).hostname.replace(/^www\./, '')),
        date: date as string | null,
        dateFrom: String(entry.dateFrom ?? ''),
        lang: String(entry.lang ?? 'en'),
        form,
        mentions,
        batch: file,
      });
    }
  }
  return snippets;
}

/**
 * The frozen test split is drawn by hash from the `batch-*` files only. `tune-*` files were collected after the split
 * was frozen, to tune on: they never enter the test split, so its 630 snippets stay the ones first contact scored.
 */
export function splitOf(snippet: { id: string; batch: string }): 'test' | 'tune' {
  if (snippet.batch.startsWith('tune-')) return 'tune';
  return isFrozenTest(snippet.id) ? 'test' : 'tune';
}

export interface DetectedAmount {
  start: number;
  end: number;
  text: string;
  usd: number;
  kind: LabelKind;
}

/** One labelled amount with what was detected over it, or one detection no label covers. */
export interface ScoredRow {
  snippet: RealSnippet;
  expected?: LabelledAmount & { start: number; end: number };
  detected?: DetectedAmount;
}

/** Lines labels up with detections by overlapping span (the guideline's span and the detector's may differ by a word). */
export function alignSnippet(snippet: RealSnippet, detected: readonly DetectedAmount[]): ScoredRow[] {
  const rows: ScoredRow[] = [];
  const used = new Set<number>();
  let cursor = 0;
  for (const label of snippet.mentions) {
    const start = snippet.text.indexOf(label.text, cursor);
    const end = start + label.text.length;
    cursor = end;
    let best = -1;
    let bestOverlap = 0;
    detected.forEach((mention, index) => {
      if (used.has(index)) return;
      const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
      if (overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    });
    if (best !== -1) used.add(best);
    rows.push({
      snippet,
      expected: { ...label, start, end },
      detected: best === -1 ? undefined : detected[best],
    });
  }
  detected.forEach((mention, index) => {
    if (!used.has(index)) rows.push({ snippet, detected: mention });
  });
  return rows;
}

export interface Scores {
  snippets: number;
  dollarAmounts: number;
  expectedPrices: number;
  detectedPrices: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Share of labelled dollar amounts of each kind given that kind (an undetected `other` counts as right). */
  accuracy: Record<LabelKind, { right: number; of: number }>;
}

const isDollars = (row: ScoredRow) => row.expected === undefined || row.expected.usd !== null;

/** btc-price precision and recall and per-kind accuracy over dollar amounts (the guideline's unit of scoring). */
export function score(rows: readonly ScoredRow[]): Scores {
  const dollars = rows.filter(isDollars);
  const truePositives = dollars.filter(
    (row) => row.expected?.kind === 'btc-price' && row.detected?.kind === 'btc-price',
  ).length;
  const detectedPrices = dollars.filter((row) => row.detected?.kind === 'btc-price').length;
  const expectedPrices = dollars.filter((row) => row.expected?.kind === 'btc-price').length;
  const accuracy = Object.fromEntries(
    LABEL_KINDS.map((kind) => {
      const ofKind = dollars.filter((row) => row.expected?.kind === kind);
      const right = ofKind.filter((row) => (row.detected?.kind ?? 'other') === kind).length;
      return [kind, { right, of: ofKind.length }];
    }),
  ) as Scores['accuracy'];
  return {
    snippets: new Set(rows.map((row) => row.snippet.id)).size,
    dollarAmounts: dollars.filter((row) => row.expected !== undefined).length,
    expectedPrices,
    detectedPrices,
    truePositives,
    precision: detectedPrices === 0 ? 1 : truePositives / detectedPrices,
    recall: expectedPrices === 0 ? 1 : truePositives / expectedPrices,
    accuracy,
  };
}

export function eraOf(snippet: RealSnippet): string {
  if (snippet.date === null) return 'undated';
  return snippet.date < '2018-01-01' ? 'before 2018' : '2018 on';
}
