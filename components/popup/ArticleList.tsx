import { useState, type KeyboardEvent } from 'react';
import type { Article } from '@/lib/dataset/schema';
import { ArticleItem } from './ArticleItem';

export const ARTICLES_PER_PAGE = 20;

/**
 * The matching articles, a page at a time ("Show more" adds the next page). ArrowUp/ArrowDown move
 * between article headings, Home/End to the first and last.
 */
export function ArticleList({ articles }: { articles: readonly Article[] }) {
  const [shown, setShown] = useState(ARTICLES_PER_PAGE);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('article__toggle')) return;
    const toggles = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.article__toggle')];
    const index = toggles.indexOf(target as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? toggles.length - 1
              : null;
    const element = next === null ? undefined : toggles[next];
    if (!element) return;
    event.preventDefault();
    element.focus();
  }

  const remaining = articles.length - shown;
  return (
    <>
      <ul className="articles" onKeyDown={onKeyDown}>
        {articles.slice(0, shown).map((article) => (
          <ArticleItem key={article.id} article={article} />
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          className="button button--wide"
          onClick={() => setShown(shown + ARTICLES_PER_PAGE)}
        >
          Show {Math.min(remaining, ARTICLES_PER_PAGE)} more ({remaining} left)
        </button>
      )}
    </>
  );
}
