// The real-news corpus (test/fixtures/detect-generalization, labelled from LABELLING.md) and the detector's scores on
// its frozen test split. The floors are regressions guards at the scores reached (lib/detect/README.md), below the
// targets the project aims for (0.97); they are never raised by moving examples between the splits.
import { describe, expect, it } from 'vitest';
import { detectPriceMentions } from './index';
import {
  alignSnippet,
  loadRealSnippets,
  score,
  splitOf,
  type RealSnippet,
} from '../../test/support/generalization-corpus';

const snippets = loadRealSnippets();
const frozen = snippets.filter((snippet) => splitOf(snippet) === 'test');
const share = (predicate: (snippet: RealSnippet) => boolean) =>
  snippets.filter(predicate).length / snippets.length;

describe('the generalization corpus', () => {
  it('is large and varied enough to measure generalization', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(800);
    expect(new Set(snippets.map((snippet) => snippet.site)).size).toBeGreaterThanOrEqual(60);
    expect(share((snippet) => snippet.lang !== 'en')).toBeGreaterThanOrEqual(0.1);
    for (const lang of ['de', 'fr', 'es', 'it', 'pt', 'nl']) {
      expect(
        snippets.some((snippet) => snippet.lang === lang),
        lang,
      ).toBe(true);
    }
    expect(share((snippet) => snippet.date !== null && snippet.date < '2018-01-01')).toBeGreaterThanOrEqual(
      0.15,
    );
    expect(snippets.filter((snippet) => snippet.form === 'ticker').length).toBeGreaterThanOrEqual(100);
    expect(snippets.filter((snippet) => snippet.form === 'headline').length).toBeGreaterThanOrEqual(100);
  });

  it('keeps the frozen split to the 630 snippets drawn when it was frozen (later batches are tuning data)', () => {
    expect(frozen.length).toBe(630);
    expect(frozen.every((snippet) => snippet.batch.startsWith('batch-'))).toBe(true);
    expect(splitOf({ id: frozen[0]!.id, batch: 'tune-later.json' })).toBe('tune');
  });

  it('has a frozen test split of at least 400 snippets and 150 bitcoin prices, with every kind', () => {
    expect(frozen.length).toBeGreaterThanOrEqual(400);
    const kinds = frozen.flatMap((snippet) => snippet.mentions.filter((mention) => mention.usd !== null));
    expect(kinds.filter((mention) => mention.kind === 'btc-price').length).toBeGreaterThanOrEqual(150);
    for (const kind of ['btc-cost', 'btc-target', 'other']) {
      expect(
        kinds.some((mention) => mention.kind === kind),
        kind,
      ).toBe(true);
    }
  });
});

describe('the detector on the frozen test split', () => {
  const rows = frozen.flatMap((snippet) =>
    alignSnippet(
      snippet,
      detectPriceMentions(
        snippet.text,
        snippet.date === null ? {} : { date: new Date(`${snippet.date}T12:00:00Z`) },
      ),
    ),
  );
  const scores = score(rows);
  const accuracy = (kind: keyof typeof scores.accuracy) =>
    scores.accuracy[kind].right / scores.accuracy[kind].of;

  it('keeps btc-price precision and recall at the levels reached', () => {
    // 96.1 % / 93.2 % after the twenty-eighth round (lib/detect/README.md).
    expect(scores.precision).toBeGreaterThanOrEqual(0.96);
    expect(scores.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps per-kind accuracy at the levels reached', () => {
    // 306/317 since the seventh round (309/317 before it, while cost rose from 23 to 27/43 and target from 54 to
    // 58/73; lib/detect/README.md): the floor follows the level reached, it was not tuned back.
    expect(accuracy('other')).toBeGreaterThanOrEqual(0.96);
    expect(accuracy('btc-target')).toBeGreaterThanOrEqual(0.84); // 62/73 since the twenty-sixth round
    expect(accuracy('btc-cost')).toBeGreaterThanOrEqual(0.62);
  });
});
