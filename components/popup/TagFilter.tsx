import { useRef, useState, type KeyboardEvent } from 'react';
import { TAG_LABELS, type ArticleTag } from '@/lib/dataset/vocabulary';

export interface TagFilterProps {
  tags: readonly ArticleTag[];
  counts: ReadonlyMap<ArticleTag, number>;
  selected: ReadonlySet<ArticleTag>;
  onToggle: (tag: ArticleTag) => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Toggle chips, one per tag, with counts. One chip is in the tab order (roving tabindex); arrow keys,
 * Home and End move between chips, Enter or Space toggles.
 */
export function TagFilter({ tags, counts, selected, onToggle }: TagFilterProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const chips = useRef<(HTMLButtonElement | null)[]>([]);
  const tabbable = Math.min(focusIndex, tags.length - 1);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, tags.length);
    setFocusIndex(next);
    chips.current[next]?.focus();
  }

  return (
    <div className="tag-filter" role="group" aria-label="Filter by tag (articles with any selected tag)">
      {tags.map((tag, index) => {
        const count = counts.get(tag) ?? 0;
        const pressed = selected.has(tag);
        return (
          <button
            key={tag}
            ref={(element) => {
              chips.current[index] = element;
            }}
            type="button"
            className="chip"
            aria-pressed={pressed}
            tabIndex={index === tabbable ? 0 : -1}
            data-tag={tag}
            onClick={() => {
              setFocusIndex(index);
              onToggle(tag);
            }}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {TAG_LABELS[tag]} <span className="chip__count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
