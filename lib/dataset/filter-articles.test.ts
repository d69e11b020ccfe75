import { describe, expect, test } from 'vitest';
import {
  filterArticles,
  NO_FILTERS,
  normalizeForSearch,
  tagsInUse,
  type ArticleFilters,
} from './filter-articles';
import type { ArticleTag, Sentiment } from './vocabulary';

function article(id: string, tags: ArticleTag[], sentiment: Sentiment, text = '') {
  return {
    id,
    title: `Title ${id}`,
    description: text,
    impact: [`impact note ${id}${id}${id}`],
    tags,
    sentiment,
  };
}

const articles = [
  article('a', ['HALVING', 'HASHRATE'], 'NEUTRAL', 'The fourth halving'),
  article('b', ['CAPITULATION', 'HASHRATE'], 'NEGATIVE', 'Miners capitulate'),
  article('c', ['ETF', 'PRICE'], 'POSITIVE', 'Record inflows lift miners’ revenue'),
  article('d', ['BANKRUPTCY', 'MINER-SELLING'], 'NEGATIVE', 'Core Scientific files'),
];

const ids = (filters: Partial<ArticleFilters>) =>
  filterArticles(articles, { ...NO_FILTERS, ...filters }).matches.map((match) => match.id);

describe('filterArticles', () => {
  test('no filters keep every article in order', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  test('selected tags match articles with any of them', () => {
    expect(ids({ tags: new Set(['HASHRATE']) })).toEqual(['a', 'b']);
    expect(ids({ tags: new Set(['HALVING', 'ETF']) })).toEqual(['a', 'c']);
  });

  test('sentiment keeps one sentiment', () => {
    expect(ids({ sentiment: 'NEGATIVE' })).toEqual(['b', 'd']);
  });

  test('search needs every word, in title, description or bullets, ignoring case and accents', () => {
    expect(ids({ query: 'MINERS' })).toEqual(['b', 'c']);
    expect(ids({ query: 'miners record' })).toEqual(['c']);
    expect(ids({ query: 'note ddd' })).toEqual(['d']);
    expect(ids({ query: "miners' revenue" })).toEqual(['c']);
    expect(ids({ query: 'nothing like this' })).toEqual([]);
  });

  test('filters combine', () => {
    expect(ids({ tags: new Set(['HASHRATE']), sentiment: 'NEGATIVE', query: 'capitulate' })).toEqual(['b']);
  });

  test('tag counts apply the sentiment and search filters but not the tag filter', () => {
    const { tagCounts } = filterArticles(articles, {
      ...NO_FILTERS,
      tags: new Set(['ETF']),
      sentiment: 'NEGATIVE',
    });
    expect(tagCounts.get('HASHRATE')).toBe(1);
    expect(tagCounts.get('BANKRUPTCY')).toBe(1);
    expect(tagCounts.get('ETF')).toBe(0);
  });

  test('sentiment counts apply the tag and search filters', () => {
    const { sentimentCounts } = filterArticles(articles, { ...NO_FILTERS, tags: new Set(['HASHRATE']) });
    expect(Object.fromEntries(sentimentCounts)).toEqual({ ALL: 2, NEGATIVE: 1, NEUTRAL: 1, POSITIVE: 0 });
  });
});

test('tagsInUse lists the dataset’s tags in vocabulary order', () => {
  expect(tagsInUse(articles)).toEqual([
    'HALVING',
    'CAPITULATION',
    'HASHRATE',
    'MINER-SELLING',
    'BANKRUPTCY',
    'ETF',
    'PRICE',
  ]);
});

test('normalizeForSearch folds case, accents and curly quotes', () => {
  expect(normalizeForSearch('Miners’ Café')).toBe("miners' cafe");
});
