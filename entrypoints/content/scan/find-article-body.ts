// Finds the article's own body (and its headline) the way reader modes do; lib/annotation/article-body decides from
// the measurements taken here. Text outside the body (tickers, rails, navigation) shows today's prices.
import { cachedAncestorTest, cachedClosest } from './ancestor-test';
import { bodyTextMatcher, densestParagraphContainer } from '@/lib/annotation/article-body';
import { fromJsonLd } from './find-article-date';
import { hostOf } from './shadow-roots';

/** Never the article, even inside its body: navigation, asides, tickers, related-article rails. */
const NOT_ARTICLE = [
  'nav,[role=navigation],aside,[role=complementary],marquee',
  ...['ticker', 'marquee', 'related', 'recommend'].map((name) => `[class*="${name}" i]`),
].join();
/** Paragraphs here are not measured as the body's prose. */
const NOT_PROSE = `${NOT_ARTICLE},header,footer,[role=contentinfo]`;
/**
 * Paragraphs measured at most: the body comes early, and a huge page must not cost a long task. This step runs whole
 * (one of the pass's preparation steps): at 1,500 it was 23–40 ms of one task on the 5 MB e2e page, the extension's
 * longest there; a long article with its rails has a few hundred.
 */
const MAX_PARAGRAPHS = 500;
const MAX_DEPTH = 40;

export type BodyRule = 'itemprop' | 'json-ld' | 'paragraphs';

export interface ArticleRegion {
  body: Element;
  rule: BodyRule;
  /** The article's headline when it sits before the body: from it to the body is the article's header. */
  headline: Element | null;
}

interface Paragraph {
  text: string;
  ancestors: Element[];
  textLength: number;
  linkTextLength: number;
}

/**
 * `element.closest(NOT_PROSE) !== null` for elements inside `root`, with each container on the way up matched once
 * and its answer kept: paragraphs share their containers (`closest` per paragraph matched the selector at every
 * level again, ~5 ms of a 1.5 MB page).
 */
function notProseTest(root: Element): (element: Element) => boolean {
  return cachedAncestorTest((element) => element.matches(NOT_PROSE), {
    known: [root, root.closest(NOT_PROSE)],
  });
}

function measureParagraphs(root: HTMLElement): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const isNotProse = notProseTest(root);
  // A live collection read by index is walked only as far as it is read (its length, a for-of loop or a static
  // querySelectorAll list walk the whole page).
  const all = root.getElementsByTagName('p');
  for (let index = 0, p; (p = all[index]) && paragraphs.length < MAX_PARAGRAPHS; index++) {
    if (isNotProse(p)) continue;
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

function findBody(document: Document, root: HTMLElement): { body: Element; rule: BodyRule } | null {
  const marked = document.querySelector('[itemprop~=articleBody]');
  if (marked && root.contains(marked) && (marked.textContent ?? '').trim())
    return { body: marked, rule: 'itemprop' };
  const paragraphs = measureParagraphs(root);
  const articleBody = fromJsonLd(document, 'body');
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

/**
 * The headline nearest before the body (the last `h1` there), when the body does not hold one; a site logo's `h1`
 * (in the banner, or in a `<header>` with the navigation) is not the article's.
 */
function headlineBefore(document: Document, body: Element): Element | null {
  let headline: Element | null = null;
  const all = document.getElementsByTagName('h1');
  for (let index = 0, h1; (h1 = all[index]); index++) {
    if (body.contains(h1)) return null;
    if (!(h1.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (!h1.closest(`${NOT_ARTICLE},[role=banner]`) && !h1.closest('header')?.querySelector('nav'))
      headline = h1;
  }
  return headline;
}

/** The article's body and headline, or null when the page has no recognisable body. */
export function findArticleRegion(document: Document): ArticleRegion | null {
  const root = document.body;
  if (!root) return null;
  const found = findBody(document, root);
  if (!found || found.body === root) return null;
  return { ...found, headline: headlineBefore(document, found.body) };
}

/**
 * `element.closest(NOT_ARTICLE)` for the many blocks of one pass, each element on the way up matched once and its
 * answer kept: blocks share their containers (`closest` per block matched the selector at every level again, ~1 % of
 * the extension's CPU on the 1.5 MB bench page). For `isOutsideArticle`.
 */
export function cachedNotArticleAround(): (element: Element) => Element | null {
  return cachedClosest((element) => element.matches(NOT_ARTICLE));
}

/** The element, or the shadow host in the page's own tree it is rendered in (a web component's text). */
function inPageTree(element: Element): Element {
  for (let host = hostOf(element.getRootNode()); host; host = hostOf(host.getRootNode())) element = host;
  return element;
}

/**
 * Whether text in `element` is outside the article: outside its body and the stretch from its headline to its body
 * (kicker, dek, byline, key points), or inside navigation, an aside, a ticker or a related-article rail. Text in a
 * web component's shadow root is where its host is, unless the component holds it in such a part itself. Without a
 * body, only those are outside.
 */
export function isOutsideArticle(
  region: ArticleRegion | null,
  element: Element,
  notArticleAround: (element: Element) => Element | null = (at) => at.closest(NOT_ARTICLE),
): boolean {
  const host = inPageTree(element);
  const never = host !== element && notArticleAround(element) ? host : notArticleAround(host);
  if (!region) return never !== null;
  const { body, headline } = region;
  const inArticle = (node: Element) =>
    body.contains(node) ||
    node === headline ||
    !!(
      headline &&
      headline.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING &&
      body.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING
    );
  return !inArticle(host) || (never !== null && inArticle(never));
}
