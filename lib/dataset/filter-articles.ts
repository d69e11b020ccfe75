// The popup's article filters as pure functions: tags (any selected), sentiment, and a word search over
// title, description and impact bullets. Counts are faceted: each filter's counts apply the other filters.
import type { Article } from './schema';
import { ARTICLE_TAGS, SENTIMENTS, type ArticleTag, type Sentiment } from './vocabulary';

export interface ArticleFilters {
  /** An article matches when it has any of these tags; empty = no tag filter. */
  tags: ReadonlySet<ArticleTag>;
  sentiment: Sentiment | 'ALL';
  /** Words that must all occur (case- and accent-insensitive) in title, description or bullets. */
  query: string;
}

export const NO_FILTERS: ArticleFilters = { tags: new Set(), sentiment: 'ALL', query: '' };

type SearchableArticle = Pick<Article, 'title' | 'description' | 'impact'>;

const searchTexts = new WeakMap<SearchableArticle, string>();

/** Lowercase, without accents, typographic quotes as plain ones. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

function searchText(article: SearchableArticle): string {
  let text = searchTexts.get(article);
  if (text === undefined) {
    text = normalizeForSearch([article.title, article.description, ...article.impact].join('\n'));
    searchTexts.set(article, text);
  }
  return text;
}

export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}

export function matchesQuery(article: SearchableArticle, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = searchText(article);
  return words.every((word) => text.includes(word));
}

function matchesTags(article: Pick<Article, 'tags'>, tags: ReadonlySet<ArticleTag>): boolean {
  return tags.size === 0 || article.tags.some((tag) => tags.has(tag));
}

function matchesSentiment(
  article: Pick<Article, 'sentiment'>,
  sentiment: ArticleFilters['sentiment'],
): boolean {
  return sentiment === 'ALL' || article.sentiment === sentiment;
}

export interface FilteredArticles<T> {
  matches: T[];
  /** For each tag: articles that have it among those matching sentiment and search. */
  tagCounts: Map<ArticleTag, number>;
  /** For each sentiment (and ALL): articles matching tags and search. */
  sentimentCounts: Map<Sentiment | 'ALL', number>;
}

/** One pass over the articles (order kept) for the matches and the faceted counts. */
export function filterArticles<
  T extends Pick<Article, 'title' | 'description' | 'impact' | 'tags' | 'sentiment'>,
>(articles: readonly T[], filters: ArticleFilters): FilteredArticles<T> {
  const words = queryWords(filters.query);
  const matches: T[] = [];
  const tagCounts = new Map<ArticleTag, number>(ARTICLE_TAGS.map((tag) => [tag, 0]));
  const sentimentCounts = new Map<Sentiment | 'ALL', number>([
    ['ALL', 0],
    ...SENTIMENTS.map((s) => [s, 0] as const),
  ]);
  for (const article of articles) {
    if (!matchesQuery(article, words)) continue;
    const tagsMatch = matchesTags(article, filters.tags);
    const sentimentMatches = matchesSentiment(article, filters.sentiment);
    if (sentimentMatches) for (const tag of article.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    if (tagsMatch) {
      sentimentCounts.set('ALL', (sentimentCounts.get('ALL') ?? 0) + 1);
      sentimentCounts.set(article.sentiment, (sentimentCounts.get(article.sentiment) ?? 0) + 1);
    }
    if (tagsMatch && sentimentMatches) matches.push(article);
  }
  return { matches, tagCounts, sentimentCounts };
}

/** Tags that occur in the dataset, in vocabulary order. */
export function tagsInUse(articles: readonly Pick<Article, 'tags'>[]): ArticleTag[] {
  const used = new Set(articles.flatMap((article) => article.tags));
  return ARTICLE_TAGS.filter((tag) => used.has(tag));
}
