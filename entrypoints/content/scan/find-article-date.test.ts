// @vitest-environment happy-dom
import { setHeadMarkup, setMarkup } from '../test-markup';
import { beforeEach, expect, test } from 'vitest';
import { findArticleDate } from './find-article-date';

const today = new Date('2026-11-29T12:00:00Z');
const at = (path: string) => ({ pathname: path }) as Location;

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

test('the article:published_time meta tag', () => {
  setHeadMarkup('<meta property="article:published_time" content="2026-02-05T14:30:00Z">');
  expect(findArticleDate(document, at('/'), today)).toEqual({
    date: new Date('2026-02-05T00:00:00Z'),
    source: 'meta',
  });
});

test('JSON-LD datePublished, skipping a malformed block', () => {
  setHeadMarkup(
    '<script type="application/ld+json">{ not json</script>' +
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-11-21T08:00:00Z"}]}</script>',
  );
  expect(findArticleDate(document, at('/'), today).source).toBe('json-ld');
});

test('a <time datetime> in the article header', () => {
  setMarkup(document.body, '<article><header><time datetime="2024-04-22">22 Apr</time></header></article>');
  expect(findArticleDate(document, at('/'), today)).toEqual({
    date: new Date('2024-04-22T00:00:00Z'),
    source: 'time',
  });
});

test('a date in the URL path, then today', () => {
  expect(findArticleDate(document, at('/markets/2024/04/22/x/'), today).source).toBe('url');
  expect(findArticleDate(document, at('/post/295005/x'), today)).toEqual({
    date: new Date('2026-11-29T00:00:00Z'),
    source: 'today',
  });
});
