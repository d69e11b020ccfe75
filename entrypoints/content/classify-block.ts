// The "classify" stage: a text block's Bitcoin mentions (lib/detect), each with the date it is read at. Around an
// article, tickers show today's prices while related headlines are about the article's time, so text outside the
// article's body is read at both dates: an amount plausible today is read at today's figures, one plausible only
// at the article's date at the article's.
import { outsideArticleDate, type ArticleDate } from '@/lib/annotation/article-date';
import { detectPriceMentions, type PriceMention } from '@/lib/detect';
import type { MarkedKind } from './marks/mark-mentions';
import type { TextBlock } from './scan/collect-text-blocks';
import {
  cachedNotArticleAround,
  findArticleRegion,
  isOutsideArticle,
  type ArticleRegion,
} from './scan/find-article-body';

export type MarkedFind = PriceMention & { kind: MarkedKind };
const isMarked = (found: PriceMention): found is MarkedFind => found.kind !== 'other';

export interface BlockClassifier {
  /** The block's mentions of a marked kind, each with whether it is read at today's date. */
  classify(block: TextBlock): { found: MarkedFind; outsideArticle: boolean }[];
  /** The article's body is looked up again at the next block (a new pass: the page may have changed). */
  forgetArticleBody(): void;
  /** Looks up the article's body now, when the next block would (so that block does not pay for it). */
  findArticleBodyIfNeeded(): void;
  /** Whether the next block would look up the article's body. */
  readonly needsArticleBody: boolean;
}

/** `articleDate` is asked for only when a block holds an amount (a page without one never looks for its date). */
export function createBlockClassifier(document: Document, articleDate: () => ArticleDate): BlockClassifier {
  // undefined: not looked up since the last full pass (a page without an article body is not measured per block).
  let region: ArticleRegion | null | undefined;
  // Kept with the region: a new look-up (a new pass, or the body gone) matches the page again.
  let notArticleAround = cachedNotArticleAround();
  const needsRegion = () => region === undefined || (region !== null && !region.body.isConnected);
  const findRegion = () => {
    region = findArticleRegion(document);
    notArticleAround = cachedNotArticleAround();
  };
  const isOutside = (block: TextBlock): boolean => {
    if (needsRegion()) findRegion();
    return isOutsideArticle(region ?? null, block.owner, notArticleAround);
  };

  return {
    classify(block) {
      const atArticleDate = detectPriceMentions(block.text, { date: articleDate().date });
      const marked: { found: MarkedFind; outsideArticle: boolean }[] = [];
      if (atArticleDate.length === 0) return marked;
      if (!isOutside(block)) {
        for (const found of atArticleDate) if (isMarked(found)) marked.push({ found, outsideArticle: false });
        return marked;
      }
      const atToday = detectPriceMentions(block.text, { date: outsideArticleDate().date });
      atToday.forEach((found, index) => {
        const fallback = atArticleDate[index];
        if (isMarked(found)) marked.push({ found, outsideArticle: true });
        else if (fallback?.start === found.start && isMarked(fallback)) {
          marked.push({ found: fallback, outsideArticle: false });
        }
      });
      return marked;
    },
    forgetArticleBody() {
      region = undefined;
    },
    findArticleBodyIfNeeded() {
      if (needsRegion()) findRegion();
    },
    get needsArticleBody() {
      return needsRegion();
    },
  };
}
