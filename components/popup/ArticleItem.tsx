import { memo, useState } from 'react';
import type { Article } from '@/lib/dataset/schema';
import { IMPACT_HEADING, TAG_LABELS } from '@/lib/dataset/vocabulary';
import { formatDay } from './format';
import { SentimentBadge } from './SentimentBadge';

/** One article: a heading button that expands to the description, the impact bullets and the source link. */
export const ArticleItem = memo(function ArticleItem({ article }: { article: Article }) {
  const [expanded, setExpanded] = useState(false);
  const toggleId = `article-${article.id}-toggle`;
  const panelId = `article-${article.id}-panel`;
  return (
    <li className="article" data-article-id={article.id}>
      <h3 className="article__heading">
        <button
          type="button"
          id={toggleId}
          className="article__toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setExpanded((value) => !value)}
        >
          <span className="article__title">{article.title}</span>
        </button>
      </h3>
      <p className="article__meta">
        {article.source.name} · <time dateTime={article.publishedAt}>{formatDay(article.publishedAt)}</time> ·{' '}
        <SentimentBadge sentiment={article.sentiment} />
      </p>
      <p className="article__tags">{article.tags.map((tag) => TAG_LABELS[tag]).join(' · ')}</p>
      <div
        id={panelId}
        className="article__panel"
        role="region"
        aria-labelledby={toggleId}
        hidden={!expanded}
      >
        {expanded && (
          <>
            <p className="article__description">{article.description}</p>
            <h4 className="article__impact-heading">{IMPACT_HEADING}</h4>
            <ul className="article__impact">
              {article.impact.map((bullet, index) => (
                <li key={index}>{bullet}</li>
              ))}
            </ul>
            <a className="article__link" href={article.url} target="_blank" rel="noopener noreferrer">
              Read on {article.source.name}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </div>
    </li>
  );
});
