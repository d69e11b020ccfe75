// Finds the article's own body (and its headline) the way reader modes do; lib/annotation/article-body decides from
// the measurements taken here. Text outside the body (tickers, rails, navigation) shows today's prices.
import { articleBodyIn, bodyTextMatcher, densestParagraphContainer } from '@/lib/annotation/article-body';

/** Never the article, even inside its body: navigation, asides, tickers, related-article rails. */
const NOT_ARTICLE = [
  'nav,[role=navigation],aside,[role=complementary],marquee',
  ...['ticker', 'marquee', 'related', 'recommend'].map((name) => `[class*="${name}" i]`),
].join();
/** Paragraphs here are not measured as the body's prose. */
const NOT_PROSE = `${NOT_ARTICLE},header,footer,[role=contentinfo]`;
/** Paragraphs measured at most: the body comes early, and a 20 MB page must not cost a long task. */
const MAX_PARAGRAPHS = 1500;
const MAX_DEPTH = 40;
/** A JSON-LD block longer than this is not parsed for its articleBody (a hostile or broken page). */
const MAX_JSON_LD_CHARS = 1_000_000;

export type BodyRule = 'itemprop' | 'json-ld' | 'paragraphs';

export interface ArticleRegion {
  body: Element;
  rule: BodyRule;
  /** The article's header when it sits outside the body (its `<header>`, else the headline's parent). */
  headline: Element | null;
}

interface Paragraph {
  text: string;
  ancestors: Element[];
  textLength: number;
  linkTextLength: number;
}

function measureParagraphs(root: HTMLElement): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const p of root.querySelectorAll('p')) {
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
    if (p.closest(NOT_PROSE)) continue;
    const text = (p.textContent ?? '').trim();
    let linkTextLength = 0;
    if (p.childElementCount > 0) {
      for (const link of p.querySelectorAll('a')) linkTextLength += (link.textContent ?? '').trim().length;
    }
    const ancestors: Element[] = [];
    for (let at = p.parentElement; at && at !== root && ancestors.length < MAX_DEPTH; at = at.parentElement) {
      ancestors.push(at);
    }
    paragraphs.push({ text, ancestors, textLength: text.length, linkTextLength });
  }
  return paragraphs;
}

function jsonLdArticleBody(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS || !text.includes('articleBody')) continue;
    try {
      const found = articleBodyIn(JSON.parse(text));
      if (found) return found;
    } catch {
      // A malformed block: the next one is tried.
    }
  }
  return null;
}

function findBody(document: Document, root: HTMLElement): { body: Element; rule: BodyRule } | null {
  const marked = document.querySelector('[itemprop~=articleBody]');
  if (marked && root.contains(marked) && (marked.textContent ?? '').trim())
    return { body: marked, rule: 'itemprop' };
  const paragraphs = measureParagraphs(root);
  const articleBody = jsonLdArticleBody(document);
  if (articleBody) {
    const matches = bodyTextMatcher(articleBody);
    const body = densestParagraphContainer(
      paragraphs.filter(({ text }) => matches(text)),
      0,
    );
    if (body) return { body, rule: 'json-ld' };
  }
  const body = densestParagraphContainer(paragraphs);
  return body ? { body, rule: 'paragraphs' } : null;
}

/** The header of the headline nearest before the body, when the body does not hold it. */
function headlineOutside(document: Document, body: Element): Element | null {
  let headline: Element | null = null;
  for (const h1 of document.querySelectorAll('h1')) {
    if (body.contains(h1)) return null;
    if (h1.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING && !h1.closest(NOT_ARTICLE)) {
      headline = h1;
    }
  }
  const header = headline?.closest('header');
  if (header && !header.contains(body)) return header;
  const parent = headline?.parentElement;
  return parent && !parent.contains(body) ? parent : headline;
}

/** The article's body and headline, or null when the page has no recognisable body. */
export function findArticleRegion(document: Document): ArticleRegion | null {
  const root = document.body;
  if (!root) return null;
  const found = findBody(document, root);
  if (!found || found.body === root) return null;
  return { ...found, headline: headlineOutside(document, found.body) };
}

/**
 * Whether text in `element` is outside the article: outside its body and headline, or inside navigation, an
 * aside, a ticker or a related-article rail. Without a body, only those are outside.
 */
export function isOutsideArticle(region: ArticleRegion | null, element: Element): boolean {
  const never = element.closest(NOT_ARTICLE);
  if (!region) return never !== null;
  const within = [region.body, region.headline].find((part) => part?.contains(element));
  return !within || (never !== null && within.contains(never));
}
