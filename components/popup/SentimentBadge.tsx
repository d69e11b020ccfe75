import { SENTIMENT_LABELS, type Sentiment } from '@/lib/dataset/vocabulary';

const SYMBOL: Record<Sentiment, string> = { NEGATIVE: '▼', NEUTRAL: '■', POSITIVE: '▲' };

/** Sentiment in words, colour and a symbol (never colour alone). */
export function SentimentBadge({ sentiment }: { sentiment: Sentiment }) {
  return (
    <span className={`sentiment sentiment--${sentiment.toLowerCase()}`}>
      <span aria-hidden="true">{SYMBOL[sentiment]} </span>
      {SENTIMENT_LABELS[sentiment]}
    </span>
  );
}
