// The shipped dataset: the same compile the build runs, over lib/dataset/articles/*.md.
import { describe, expect, test } from 'vitest';
import { compileArticles } from './compile-articles';
import { readArticleFiles } from './vite-plugin';

const files = readArticleFiles();

describe('bundled articles', () => {
  test('every article passes the schema, with unique ids and URLs and sane dates', () => {
    // compileArticles throws ArticleCompileError listing every file, field and reason otherwise.
    expect(() => compileArticles(files)).not.toThrow();
  });

  test('at least 40 published articles', () => {
    expect(compileArticles(files).length).toBeGreaterThanOrEqual(40);
  });

  test('ids and URLs are unique', () => {
    const articles = compileArticles(files);
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
    expect(new Set(articles.map((article) => article.url)).size).toBe(articles.length);
  });

  test('publication dates lie between the genesis block and today, newest first', () => {
    const times = compileArticles(files).map((article) => Date.parse(article.publishedAt));
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(Date.parse('2009-01-03T00:00:00Z'));
      expect(time).toBeLessThanOrEqual(Date.now());
    }
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
