import { useDeferredValue, useMemo, useState } from 'react';
import { filterArticles, tagsInUse } from '@/lib/dataset/filter-articles';
import type { Article } from '@/lib/dataset/schema';
import type { ArticleTag } from '@/lib/dataset/vocabulary';
import { ArticleList } from './ArticleList';
import { EmptyState } from './EmptyState';
import { SearchBox } from './SearchBox';
import { SentimentFilter, type SentimentChoice } from './SentimentFilter';
import { TagFilter } from './TagFilter';

/** The bundled articles with their filters: tags (any selected), sentiment, search. */
export function ArticlesSection({ articles }: { articles: readonly Article[] }) {
  const [tags, setTags] = useState<ReadonlySet<ArticleTag>>(() => new Set());
  const [sentiment, setSentiment] = useState<SentimentChoice>('ALL');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  const tagChoices = useMemo(() => tagsInUse(articles), [articles]);
  const filtered = useMemo(
    () => filterArticles(articles, { tags, sentiment, query: deferredQuery }),
    [articles, tags, sentiment, deferredQuery],
  );
  const filtering = tags.size > 0 || sentiment !== 'ALL' || query.trim() !== '';
  // A new filter starts the list at its first page again.
  const listKey = `${[...tags].join()}|${sentiment}|${deferredQuery}`;

  function toggleTag(tag: ArticleTag) {
    setTags((current) => {
      const next = new Set(current);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });
  }

  function clearFilters() {
    setTags(new Set());
    setSentiment('ALL');
    setQuery('');
  }

  return (
    <section className="section" aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="section__heading">
        Articles
      </h2>
      <SearchBox value={query} onChange={setQuery} />
      <SentimentFilter value={sentiment} counts={filtered.sentimentCounts} onChange={setSentiment} />
      <TagFilter tags={tagChoices} counts={filtered.tagCounts} selected={tags} onToggle={toggleTag} />
      <div className="articles__status">
        <p role="status">
          {filtered.matches.length === articles.length
            ? `${articles.length} articles, newest first`
            : `${filtered.matches.length} of ${articles.length} articles`}
        </p>
        {filtering && filtered.matches.length > 0 && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      {filtered.matches.length === 0 ? (
        <EmptyState
          title="No articles match."
          action={filtering ? { label: 'Clear filters', onClick: clearFilters } : undefined}
        >
          {filtering ? 'Try fewer tags, another sentiment or other words.' : 'The dataset is empty.'}
        </EmptyState>
      ) : (
        <ArticleList key={listKey} articles={filtered.matches} />
      )}
    </section>
  );
}
