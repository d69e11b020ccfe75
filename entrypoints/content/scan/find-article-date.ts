// Collects the date candidates a page offers; lib/annotation decides which one to believe.
import { chooseArticleDate, datePublishedIn, type ArticleDate } from '@/lib/annotation/article-date';

/** Each JSON-LD block's date as last parsed, with the text it was parsed from (parsed again only when changed). */
const parsedBlocks = new WeakMap<Element, { text: string; date: string | null }>();

function blockDate(script: Element): string | null {
  const text = script.textContent ?? '';
  const known = parsedBlocks.get(script);
  if (known?.text === text) return known.date;
  let date: string | null = null;
  try {
    date = datePublishedIn(JSON.parse(text)) ?? null;
  } catch {
    // A malformed block on the page: the next one is tried.
  }
  parsedBlocks.set(script, { text, date });
  return date;
}

function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = blockDate(script);
    if (found) return found;
  }
  return null;
}

const HEADER_TIME = 'article header time[datetime], header time[datetime], article time[datetime]';

export function findArticleDate(document: Document, location: Location, today = new Date()): ArticleDate {
  return chooseArticleDate(
    {
      meta: document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      jsonLd: jsonLdDate(document),
      time: document.querySelector(HEADER_TIME)?.getAttribute('datetime'),
      urlPath: location.pathname,
    },
    today,
  );
}
