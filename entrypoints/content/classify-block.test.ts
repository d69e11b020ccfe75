// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { createBlockClassifier } from './classify-block';
import { collectTextBlocks } from './scan/collect-text-blocks';
import { setMarkup } from './test-markup';

const prose = (words: string) =>
  `${words}, as traders across the market cut risk and volumes rose on every major venue that day.`;

beforeEach(() => document.body.replaceChildren());

/** Each marked amount of the page with whether it was read at today's date (outside the article). */
function classifyPage(articleDate: Date) {
  const classifier = createBlockClassifier(document, () => ({ date: articleDate, source: 'json-ld' }));
  return [...collectTextBlocks(document.body)].flatMap((block) =>
    classifier.classify(block).map(({ found, outsideArticle }) => [found.text, outsideArticle]),
  );
}

test('an <article> holding only the header: the body beside it is the article, the ticker is not', () => {
  setMarkup(
    document.body,
    `<div class="coin-ticker">BTC <span>$70,284.61</span></div>
     <article><header><h1>Bitcoin slides toward $75,000</h1></header></article>
     <div class="grid"><div class="col">
       <p>${prose('Bitcoin dropped to $75,000 early on Tuesday')}</p>
       <p>${prose('The largest cryptocurrency had traded above $83,000 a week earlier')}</p>
       <p>${prose('Ether slid to $1,450 in the same hours')}</p>
     </div></div>`,
  );
  expect(classifyPage(new Date('2025-04-08T00:00:00Z'))).toEqual([
    ['$70,284.61', true],
    ['$75,000', false],
    ['$75,000', false],
    ['$83,000', false],
  ]);
});
