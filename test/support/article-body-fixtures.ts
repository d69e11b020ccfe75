// The article-body fixture pages (test/fixtures/article-body/<host>/<path>/index.html + expected.json): the
// structure of a real article page of each default site, rebuilt with the project's own text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

/** Every fixture page, sorted by host. */
export function listArticleBodyPages(root = ARTICLE_BODY_ROOT): ArticleBodyPage[] {
  const pages: ArticleBodyPage[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(folder, entry.name));
      else if (entry.name === 'expected.json') {
        const [host = '', ...segments] = relative(root, folder).split(sep);
        pages.push({
          host,
          path: `/${segments.map((segment) => `${segment}/`).join('')}`,
          html: readFileSync(join(folder, 'index.html'), 'utf8'),
          expected: parseExpectation(join(folder, entry.name)),
        });
      }
    }
  };
  visit(root);
  return pages.sort((a, b) => a.host.localeCompare(b.host));
}
