// Counts for the dataset's closing note: articles per year, per tag and per sentiment.
import type { Article } from './schema';
import { ARTICLE_TAGS, SENTIMENTS, type ArticleTag, type Sentiment } from './vocabulary';

export interface DatasetStats {
  total: number;
  /** `YYYY` (UTC publication year) → count, years in order. */
  byYear: Record<string, number>;
  /** Every vocabulary tag, in vocabulary order (0 when unused). */
  byTag: Record<ArticleTag, number>;
  bySentiment: Record<Sentiment, number>;
}

export function datasetStats(
  articles: readonly Pick<Article, 'publishedAt' | 'tags' | 'sentiment'>[],
): DatasetStats {
  const years = new Map<string, number>();
  const byTag = Object.fromEntries(ARTICLE_TAGS.map((tag) => [tag, 0])) as Record<ArticleTag, number>;
  const bySentiment = Object.fromEntries(SENTIMENTS.map((sentiment) => [sentiment, 0])) as Record<
    Sentiment,
    number
  >;
  for (const article of articles) {
    const year = article.publishedAt.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    for (const tag of article.tags) byTag[tag] += 1;
    bySentiment[article.sentiment] += 1;
  }
  const byYear = Object.fromEntries([...years].sort(([a], [b]) => a.localeCompare(b)));
  return { total: articles.length, byYear, byTag, bySentiment };
}
