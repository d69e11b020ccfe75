// Finding an article's body as reader modes do: the page's own JSON-LD `articleBody` matched against its paragraphs,
// else the densest cluster of paragraph text. Pure: the content script measures the paragraphs, this decides.
// `E` is whatever stands for an element (a DOM Element in the content script, a string in tests).
import { findInJsonLd } from './json-ld';

/** One paragraph of the page, measured. */
export interface MeasuredParagraph<E> {
  /** Its containers, nearest first, up to (not including) the page's body. */
  ancestors: readonly E[];
  textLength: number;
  /** Text inside links: a paragraph that is mostly links is a list of headlines, not prose. */
  linkTextLength: number;
}

/** Paragraphs shorter than this are captions, bylines and buttons, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** Over this share of link text a paragraph counts for nothing. */
const MAX_LINK_DENSITY = 0.5;
/** Share of a paragraph's weight its containers get: the parent all, the grandparent half, the next a quarter. */
const LEVEL_SHARES = [1, 0.5, 0.25];
/** A parent holding this many times the chosen container's prose holds the same body (split by ads or a break). */
const WIDEN_SHARE = 1.25;
/** Less prose than this in total: no body is claimed (a list page, an app). */
const MIN_BODY_WEIGHT = 200;

/** Its text outside links (its length × (1 − link density)); nothing for a short or mostly-link paragraph. */
function weightOf({ textLength, linkTextLength }: MeasuredParagraph<unknown>): number {
  return textLength < MIN_PARAGRAPH_CHARS || linkTextLength > textLength * MAX_LINK_DENSITY
    ? 0
    : textLength - linkTextLength;
}

/**
 * The container of the densest cluster of paragraph text, or null when the page has too little prose. Each
 * paragraph scores its parent, grandparent and great-grandparent (less the further up); the best scorer is then
 * widened to its parent while that holds a good share more prose (a body split by ads or a paywall break).
 */
export function densestParagraphContainer<E>(
  paragraphs: readonly MeasuredParagraph<E>[],
  minWeight = MIN_BODY_WEIGHT,
): E | null {
  const score = new Map<E, number>();
  /** All prose inside each container, at any depth. */
  const held = new Map<E, number>();
  const parentOf = new Map<E, E | undefined>();
  let total = 0;
  let best: E | undefined;
  let bestScore = 0;
  for (const paragraph of paragraphs) {
    const weight = weightOf(paragraph);
    if (weight === 0) continue;
    total += weight;
    paragraph.ancestors.forEach((container, level, ancestors) => {
      const value = (score.get(container) ?? 0) + weight * (LEVEL_SHARES[level] ?? 0);
      score.set(container, value);
      if (value > bestScore) [best, bestScore] = [container, value];
      held.set(container, (held.get(container) ?? 0) + weight);
      parentOf.set(container, ancestors[level + 1]);
    });
  }
  if (total < minWeight || best === undefined) return null;
  for (let parent = parentOf.get(best); parent !== undefined; parent = parentOf.get(parent)) {
    if (held.get(parent)! < held.get(best)! * WIDEN_SHARE) break;
    best = parent;
  }
  return best;
}

/** NewsArticle, ReportageNewsArticle, BlogPosting… (also in a type list or as a schema.org URL). */
const ARTICLE_TYPE = /(Article|BlogPosting)\b/;

/** The first `articleBody` of an Article (NewsArticle, BlogPosting…) in parsed JSON-LD, `@graph` included. */
export const articleBodyIn = (jsonLd: unknown): string | null =>
  findInJsonLd(jsonLd, ({ '@type': type, articleBody: body }) =>
    ARTICLE_TYPE.test(String(type)) && typeof body === 'string' && body.trim() ? body : null,
  );

/** Words compared, lower-cased, letters and digits only (markup, quotes and spacing differ between the two). */
export function normalizedWords(text: string, max = Infinity): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push(match[0]);
    if (words.length >= max) break;
  }
  return words;
}

/** Words that make a paragraph's opening recognisable; shorter paragraphs are not compared. */
export const OPENING_WORDS = 6;
/** Only the start of a very long `articleBody` is indexed. */
const MAX_BODY_WORDS = 20_000;

/**
 * A test of whether a paragraph's opening words occur in the `articleBody` text: every run of OPENING_WORDS words
 * of the body is indexed once, so each paragraph costs one lookup.
 */
export function bodyTextMatcher(articleBody: string): (paragraphText: string) => boolean {
  const words = normalizedWords(articleBody, MAX_BODY_WORDS);
  const runs = new Set<string>();
  for (let at = 0; at + OPENING_WORDS <= words.length; at++) {
    runs.add(words.slice(at, at + OPENING_WORDS).join(' '));
  }
  return (paragraphText) => {
    const opening = normalizedWords(paragraphText, OPENING_WORDS);
    return opening.length === OPENING_WORDS && runs.has(opening.join(' '));
  };
}
