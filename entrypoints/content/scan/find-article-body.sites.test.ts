// @vitest-environment happy-dom
// The body found on the structure of a real article page of every default site (test/fixtures/article-body/).
import { describe, expect, test } from 'vitest';
import { DEFAULT_SITES } from '@/lib/settings/schema';
import { listArticleBodyPages } from '@/test/support/article-body-fixtures';
import { findArticleRegion, isOutsideArticle } from './find-article-body';

const pages = listArticleBodyPages();

test('there is a page for every default site', () => {
  const hosts = pages.map(({ host }) => host.replace(/^www\./, ''));
  expect(hosts.sort()).toEqual([...DEFAULT_SITES].sort());
});

describe.each(pages)('$host', ({ html, expected }) => {
  const page = new DOMParser().parseFromString(html, 'text/html');

  test(`the body is found by the ${expected.body.rule} rule: ${expected.body.selector}`, () => {
    const region = findArticleRegion(page);
    expect(region?.rule).toBe(expected.body.rule);
    expect(region?.body).toBe(page.querySelector(expected.body.selector));
  });

  test('each marked amount’s element is inside or outside the article as expected', () => {
    const region = findArticleRegion(page);
    // The element holding each expected amount, in document order (text nodes, as the scan reads them).
    const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
    const found: [string, 'article' | 'today'][] = [];
    const wanted = new Set(expected.marks.map(([text]) => text));
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const [amount] of text.matchAll(/\$\d+(?:[,.]\d+)*/g)) {
        if (!wanted.has(amount)) continue;
        const outside = isOutsideArticle(region, node.parentElement!);
        found.push([amount, outside ? 'today' : 'article']);
      }
    }
    expect(found).toEqual(expected.marks);
  });
});
