// Collects the date candidates a page offers; lib/annotation decides which one to believe.
import { articleBodyIn } from '@/lib/annotation/article-body';
import { chooseArticleDate, datePublishedIn, type ArticleDate } from '@/lib/annotation/article-date';

interface BlockFacts {
  date: string | null;
  /** Its Article's `articleBody`, used to find the body on the page (scan/find-article-body). */
  body: string | null;
}

/** Each JSON-LD block's facts as last parsed, with the text they were parsed from (parsed again only when changed). */
const parsedBlocks = new WeakMap<Element, BlockFacts & { text: string }>();

function blockFacts(script: Element): BlockFacts {
  const text = script.textContent ?? '';
  const known = parsedBlocks.get(script);
  if (known?.text === text) return known;
  const facts = { text, date: null as string | null, body: null as string | null };
  try {
    const json: unknown = JSON.parse(text);
    facts.date = datePublishedIn(json);
    facts.body = articleBodyIn(json);
  } catch {
    // A malformed block on the page: the next one is tried.
  }
  parsedBlocks.set(script, facts);
  return facts;
}

/** The first JSON-LD block's fact of this kind. */
export function fromJsonLd(document: Document, fact: keyof BlockFacts): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = blockFacts(script)[fact];
    if (found) return found;
  }
  return null;
}

const HEADER_TIME = 'article header time[datetime], header time[datetime], article time[datetime]';

export function findArticleDate(document: Document, location: Location, today = new Date()): ArticleDate {
  return chooseArticleDate(
    {
      meta: document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      jsonLd: fromJsonLd(document, 'date'),
      time: document.querySelector(HEADER_TIME)?.getAttribute('datetime'),
      urlPath: location.pathname,
    },
    today,
  );
}
