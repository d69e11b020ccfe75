import { describe, expect, test } from 'vitest';
import {
  articleBodyIn,
  bodyTextMatcher,
  densestParagraphContainer,
  normalizedWords,
  type MeasuredParagraph,
} from './article-body';

/** A paragraph under the containers named by a path such as "page/main/body" (nearest last, as written). */
function paragraph(path: string, textLength: number, linkTextLength = 0): MeasuredParagraph<string> {
  const names = path.split('/');
  const ancestors = names.map((_, index) => names.slice(0, index + 1).join('/')).reverse();
  return { ancestors, textLength, linkTextLength };
}
const repeat = (count: number, make: () => MeasuredParagraph<string>) => Array.from({ length: count }, make);

describe('densestParagraphContainer', () => {
  test('the container of the long paragraphs, not the page wrapper holding teasers and header too', () => {
    const paragraphs = [
      paragraph('page/article/header', 160),
      ...repeat(6, () => paragraph('page/body', 420)),
      ...repeat(4, () => paragraph('page/rail/card', 90)),
    ];
    expect(densestParagraphContainer(paragraphs)).toBe('page/body');
  });

  test('paragraphs each wrapped in their own element: their common container', () => {
    const paragraphs = [0, 1, 2, 3, 4].map((n) => paragraph(`page/main/document-body/block${n}`, 300));
    expect(densestParagraphContainer(paragraphs)).toBe('page/main/document-body');
  });

  test('a body split in two by an ad break is taken whole', () => {
    const paragraphs = [
      ...repeat(4, () => paragraph('page/column/part1', 400)),
      ...repeat(3, () => paragraph('page/column/part2', 400)),
    ];
    expect(densestParagraphContainer(paragraphs)).toBe('page/column');
  });

  test('link lists count for nothing: a column of headlines does not outweigh a short article', () => {
    const paragraphs = [
      ...repeat(2, () => paragraph('page/story', 300)),
      ...repeat(30, () => paragraph('page/latest', 80, 70)),
    ];
    expect(densestParagraphContainer(paragraphs)).toBe('page/story');
  });

  test('link density lowers a paragraph: less text without links outweighs more with', () => {
    const paragraphs = [
      ...repeat(3, () => paragraph('page/column1/a', 400, 180)),
      ...repeat(3, () => paragraph('page/column2/b', 300, 0)),
    ];
    expect(densestParagraphContainer(paragraphs)).toBe('page/column2/b');
    const withoutLinks = paragraphs.map((p) => ({ ...p, linkTextLength: 0 }));
    expect(densestParagraphContainer(withoutLinks)).toBe('page/column1/a');
  });

  test('no prose: no body (no paragraphs, only captions, or too little text)', () => {
    expect(densestParagraphContainer([])).toBeNull();
    expect(densestParagraphContainer(repeat(20, () => paragraph('page/grid/card', 20)))).toBeNull();
    expect(densestParagraphContainer([paragraph('page/x', 120)])).toBeNull();
  });
});

describe('articleBodyIn', () => {
  test('a NewsArticle in @graph, a BlogPosting in an array, a type list', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', articleBody: 'not an article' },
        { '@type': 'NewsArticle', articleBody: 'Body.' },
      ],
    };
    expect(articleBodyIn(graph)).toBe('Body.');
    expect(
      articleBodyIn([{ '@type': 'Organization' }, { '@type': 'BlogPosting', articleBody: 'Post.' }]),
    ).toBe('Post.');
    expect(articleBodyIn({ '@type': ['Thing', 'https://schema.org/Article'], articleBody: 'Typed.' })).toBe(
      'Typed.',
    );
  });

  test('nothing usable: no article, an empty or non-string body, nesting past the depth limit', () => {
    expect(articleBodyIn(null)).toBeNull();
    expect(articleBodyIn('text')).toBeNull();
    expect(articleBodyIn({ '@type': 'NewsArticle', articleBody: '  ' })).toBeNull();
    expect(articleBodyIn({ '@type': 'NewsArticle', articleBody: { text: 'x' } })).toBeNull();
    let deep: unknown = { '@type': 'NewsArticle', articleBody: 'Too deep.' };
    for (let level = 0; level < 20; level++) deep = { child: deep };
    expect(articleBodyIn(deep)).toBeNull();
  });
});

describe('bodyTextMatcher', () => {
  const body =
    'Miners sold more coins in March than in any month since 2022.\n\nThe hashprice fell to a record low, ' +
    '“squeezing” margins at $82,000 per coin.';
  const matches = bodyTextMatcher(body);

  test('a paragraph whose opening words occur in the body, whatever its quotes, case and spacing', () => {
    expect(matches('Miners sold more coins in March than in any month since 2022.')).toBe(true);
    expect(matches('The  hashprice FELL to a record low, "squeezing" margins at $82,000 per coin.')).toBe(
      true,
    );
  });

  test('other paragraphs, and paragraphs too short to recognise, do not match', () => {
    expect(matches('Subscribe to our newsletter for the latest bitcoin news.')).toBe(false);
    expect(matches('The hashprice fell.')).toBe(false);
    expect(matches('')).toBe(false);
  });

  test('an articleBody that matches nothing, or is huge, stays cheap and matches nothing', () => {
    const huge = bodyTextMatcher('lorem ipsum dolor sit amet '.repeat(200_000));
    expect(huge('The hashprice fell to a record low today.')).toBe(false);
    expect(normalizedWords('lorem '.repeat(100), 3)).toEqual(['lorem', 'lorem', 'lorem']);
  });
});
