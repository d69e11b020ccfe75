// Reading an article's publication day from the strings a page offers (meta, JSON-LD, <time>, URL path).
// Pure: the content script collects the strings, this decides what they mean.
import { findInJsonLd } from './json-ld';

/** Where the article date came from; 'today' when the page gave none. */
/**
 * Where a date came from. `outside-article` marks text outside the article's own body (price tickers, sidebars):
 * those show today's prices, whatever the article's date.
 */
export type DateSource = 'meta' | 'json-ld' | 'time' | 'url' | 'today' | 'outside-article';

export interface ArticleDate {
  /** Midnight UTC of the publisher's calendar day. */
  date: Date;
  source: DateSource;
}

const EARLIEST = Date.UTC(2009, 0, 3);

function validDay(year: number, month: number, day: number, today: Date): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  if (date.getTime() < EARLIEST || date.getTime() > today.getTime() + 86_400_000) return null;
  return date;
}

/**
 * The calendar day of a date string such as "2026-02-05T10:00:00-05:00" or "2026-02-05". The day is taken as
 * written (the publisher's own day), not shifted to UTC. Null for anything else or an implausible day.
 */
export function parseDay(value: string | null | undefined, today = new Date()): Date | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]), today);
  const parsed = Date.parse(value ?? '');
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), today);
}

/** A day in a URL path: `/2026/02/05/…` or `/2026-02-05-…`. */
export function dayFromUrlPath(pathname: string, today = new Date()): Date | null {
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(pathname);
  if (!match) return null;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]), today);
}

/** The first `datePublished` in parsed JSON-LD (objects, arrays and `@graph` alike). */
export const datePublishedIn = (jsonLd: unknown): string | null =>
  findInJsonLd(jsonLd, (record) => (typeof record.datePublished === 'string' ? record.datePublished : null));

/** What the page offers, most reliable first. */
export interface DateCandidates {
  meta?: string | null;
  jsonLd?: string | null;
  time?: string | null;
  urlPath?: string | null;
}

/** The article's day from the first usable candidate, else today (UTC midnight) with source 'today'. */
/** Midnight UTC of today: the date for text outside the article. */
export function outsideArticleDate(today = new Date()): ArticleDate {
  return {
    date: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
    source: 'outside-article',
  };
}

export function chooseArticleDate(candidates: DateCandidates, today = new Date()): ArticleDate {
  const ordered: [DateSource, Date | null][] = [
    ['meta', parseDay(candidates.meta, today)],
    ['json-ld', parseDay(candidates.jsonLd, today)],
    ['time', parseDay(candidates.time, today)],
    ['url', candidates.urlPath ? dayFromUrlPath(candidates.urlPath, today) : null],
  ];
  for (const [source, date] of ordered) if (date) return { date, source };
  return {
    date: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
    source: 'today',
  };
}
