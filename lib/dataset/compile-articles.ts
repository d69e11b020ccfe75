// Many article files → one validated array, newest first. Every problem in every file is collected, then
// thrown at once as `FILE: FIELD: REASON` lines, so a build log shows all there is to fix.
import type { z } from 'zod';
import { ArticleParseError, parseArticle } from './parse-article';
import { articleSchema, type Article } from './schema';
import { EARLIEST_ARTICLE_DATE } from './vocabulary';

export interface ArticleFile {
  /** Shown in error messages; the file name (without `.md`) is the article id. */
  path: string;
  text: string;
}

export interface ArticleProblem {
  file: string;
  field: string;
  reason: string;
}

export interface CompileOptions {
  /** Dates after this are rejected; the current time when absent. */
  now?: Date;
}

export class ArticleCompileError extends Error {
  constructor(readonly problems: ArticleProblem[]) {
    super(
      `Invalid bundled articles (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.reason}`).join('\n'),
    );
    this.name = 'ArticleCompileError';
  }
}

const DAY_MS = 86_400_000;

/** `tags[1]`, `source.key`: the path of a zod issue as a reader writes it. */
function fieldName(issue: z.core.$ZodIssue): string {
  let name = '';
  for (const key of issue.path) {
    name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  }
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => (name ? `${name}.${key}` : key)).join(', ');
  return name || 'front matter';
}

function dateProblems(article: Article, file: string, now: Date): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const earliest = Date.parse(EARLIEST_ARTICLE_DATE);
  const published = Date.parse(article.publishedAt);
  const check = (field: string, time: number) => {
    if (time < earliest)
      problems.push({ file, field, reason: `date before ${EARLIEST_ARTICLE_DATE.slice(0, 10)}` });
    if (time > now.getTime()) problems.push({ file, field, reason: 'date in the future' });
  };
  check('publishedAt', published);
  if (article.updatedAt !== undefined) {
    const updated = Date.parse(article.updatedAt);
    check('updatedAt', updated);
    if (updated < published) problems.push({ file, field: 'updatedAt', reason: 'earlier than publishedAt' });
  }
  // The file name's date and publishedAt may differ by a day (time zones), not more.
  const named = Date.parse(`${article.id.slice(0, 10)}T00:00:00.000Z`);
  const publishedDay = Date.parse(`${article.publishedAt.slice(0, 10)}T00:00:00.000Z`);
  if (!(Math.abs(named - publishedDay) <= DAY_MS)) {
    problems.push({
      file,
      field: 'id',
      reason: `file name date ${article.id.slice(0, 10)} does not match publishedAt`,
    });
  }
  return problems;
}

/** Newest first; equal dates by id so the order never depends on file order. */
export function compareNewestFirst(a: Article, b: Article): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id);
}

/**
 * Parses and validates every file; drafts (`draft: true`) are left out without further checks.
 * Throws ArticleCompileError naming file, field and reason for every problem, including duplicate ids and URLs.
 */
export function compileArticles(files: readonly ArticleFile[], options: CompileOptions = {}): Article[] {
  const now = options.now ?? new Date();
  const problems: ArticleProblem[] = [];
  const articles: { article: Article; file: string }[] = [];

  for (const { path, text } of files) {
    let parsed;
    try {
      parsed = parseArticle(path, text);
    } catch (error) {
      if (!(error instanceof ArticleParseError)) throw error;
      problems.push({ file: error.file, field: error.field, reason: error.reason });
      continue;
    }
    if (parsed.frontMatter.draft === true) continue;
    const result = articleSchema.safeParse({
      ...parsed.frontMatter,
      id: parsed.id,
      impact: parsed.impact,
      body: parsed.body,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldName(issue);
        const reason =
          field === 'impact' && issue.code !== 'invalid_type'
            ? `${issue.message} (expected 3 to 6 bullets under "## Impact on the crypto market", found ${parsed.impact.length})`
            : issue.message;
        problems.push({ file: path, field, reason });
      }
      continue;
    }
    problems.push(...dateProblems(result.data, path, now));
    articles.push({ article: result.data, file: path });
  }

  const firstFileOf = new Map<string, string>();
  for (const { article, file } of articles) {
    for (const [field, value] of [
      ['id', article.id],
      ['url', article.url],
    ] as const) {
      const key = `${field}:${field === 'url' ? new URL(value).href.replace(/\/$/, '') : value}`;
      const first = firstFileOf.get(key);
      if (first === undefined) firstFileOf.set(key, file);
      else problems.push({ file, field, reason: `duplicate of ${first}` });
    }
  }

  if (problems.length > 0) throw new ArticleCompileError(problems);
  return articles.map(({ article }) => article).sort(compareNewestFirst);
}
