// The article-body fixture pages (test/fixtures/article-body/<host>/<path>/index.html + expected.json): the
// structure of a real article page of each default site, rebuilt with the project's own text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFolders } from './fixture-folders';

export const ARTICLE_BODY_ROOT = 'test/fixtures/article-body';

/** Where a marked amount is compared: at the article's date, or at today's (a ticker, a rail). */
export type ReadAt = 'article' | 'today';

export interface ArticleBodyExpectation {
  site: string;
  structure: string;
  /** The article's date, YYYY-MM-DD. */
  date: string;
  /** How the body is found and the first element matching `selector` that it is. */
  body: { rule: 'itemprop' | 'json-ld' | 'paragraphs'; selector: string };
  /** Every marked amount in document order (Bitcoin prices only: nothing else on these pages is marked). */
  marks: [string, ReadAt][];
}

export interface ArticleBodyPage {
  host: string;
  /** URL path, starting and ending with `/`. */
  path: string;
  html: string;
  expected: ArticleBodyExpectation;
}

function parseExpectation(file: string): ArticleBodyExpectation {
  const data = JSON.parse(readFileSync(file, 'utf8')) as ArticleBodyExpectation;
  const valid =
    typeof data.site === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(data.date) &&
    ['itemprop', 'json-ld', 'paragraphs'].includes(data.body?.rule) &&
    typeof data.body.selector === 'string' &&
    Array.isArray(data.marks) &&
    data.marks.every(([text, at]) => typeof text === 'string' && (at === 'article' || at === 'today'));
  if (!valid) throw new Error(`${file}: not an article-body expectation`);
  return data;
}

/** Every fixture page, sorted by host and path. */
export function listArticleBodyPages(root = ARTICLE_BODY_ROOT): ArticleBodyPage[] {
  return fixtureFolders(root).map(({ host, path, folder }) => ({
    host,
    path,
    html: readFileSync(join(folder, 'index.html'), 'utf8'),
    expected: parseExpectation(join(folder, 'expected.json')),
  }));
}
