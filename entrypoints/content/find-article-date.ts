// Collects the date candidates a page offers; lib/annotation decides which one to believe.
import { chooseArticleDate, datePublishedIn, type ArticleDate } from '@/lib/annotation/article-date';

function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = datePublishedIn(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A malformed block on the page: try the next one.
    }
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
