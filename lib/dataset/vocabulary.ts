// The closed vocabularies of the article format (documented in ./README.md).

/** Tags an article may carry, 2–5 per article, most specific first. */
export const ARTICLE_TAGS = [
  'HALVING',
  'CAPITULATION',
  'HASHRATE',
  'DIFFICULTY',
  'PRODUCTION-COST',
  'HASHPRICE',
  'MINER-SELLING',
  'BANKRUPTCY',
  'ETF',
  'ENERGY',
  'PRICE',
  'REGULATION',
  'MINER-STOCKS',
  'FEES',
  'AI-PIVOT',
  'CONSOLIDATION',
] as const;

export type ArticleTag = (typeof ARTICLE_TAGS)[number];

/** How a tag reads in the popup. */
export const TAG_LABELS: Record<ArticleTag, string> = {
  HALVING: 'Halving',
  CAPITULATION: 'Capitulation',
  HASHRATE: 'Hashrate',
  DIFFICULTY: 'Difficulty',
  'PRODUCTION-COST': 'Production cost',
  HASHPRICE: 'Hashprice',
  'MINER-SELLING': 'Miner selling',
  BANKRUPTCY: 'Bankruptcy',
  ETF: 'ETF',
  ENERGY: 'Energy',
  PRICE: 'Price',
  REGULATION: 'Regulation',
  'MINER-STOCKS': 'Miner stocks',
  FEES: 'Fees',
  'AI-PIVOT': 'AI pivot',
  CONSOLIDATION: 'Consolidation',
};

/** The article's verdict on miners' economics (rule in ./README.md). */
export const SENTIMENTS = ['NEGATIVE', 'NEUTRAL', 'POSITIVE'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  NEGATIVE: 'Negative',
  NEUTRAL: 'Neutral',
  POSITIVE: 'Positive',
};

export const CATEGORIES = ['MINING', 'MARKET', 'BTC'] as const;

/**
 * How the article reached the dataset: the outlet's own web page, an RSS item (the seed), or another site's
 * republished copy (SYNDICATED: the url is the copy, and `source.name` says whose article it is and via whom).
 */
export const SOURCE_TYPES = ['WEB', 'RSS', 'SYNDICATED'] as const;

/** The heading whose list holds an article's impact bullets. */
export const IMPACT_HEADING = 'Impact on the crypto market';

/** The genesis block: no bitcoin story predates it. */
export const EARLIEST_ARTICLE_DATE = '2009-01-03T00:00:00.000Z';
