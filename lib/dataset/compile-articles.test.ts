import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArticleCompileError, compileArticles, type ArticleFile } from './compile-articles';

const FIXTURES = 'test/fixtures/dataset';

function fixtureFiles(folder: string): ArticleFile[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

const good = fixtureFiles('good');
const seedInFormat = good.find((file) => file.path.includes('fixture-seed-in-format'))!;

function compileError(files: ArticleFile[], now?: Date): ArticleCompileError {
  try {
    compileArticles(files, { now });
  } catch (error) {
    if (error instanceof ArticleCompileError) return error;
    throw error;
  }
  throw new Error('expected the compile to fail');
}

/** The seed-in-format fixture with one front matter line replaced. */
function variant(path: string, find: string | RegExp, replace: string): ArticleFile {
  const text = seedInFormat.text.replace(find, replace);
  if (text === seedInFormat.text) throw new Error(`variant: ${String(find)} not found`);
  return { path, text };
}

describe('compileArticles with valid files', () => {
  const articles = compileArticles(good);

  test('validates, leaves drafts out and sorts newest first', () => {
    expect(articles.map((article) => article.id)).toEqual([
      '2026-02-05-coindesk-fixture-seed-in-format',
      '2020-05-11-example-halving-explainer',
    ]);
  });

  test('keeps the seed’s optional fields (updatedAt, externalId, coverImage, ai)', () => {
    const [seed] = articles;
    expect(seed?.updatedAt).toBe('2026-02-05T12:57:31.474Z');
    expect(seed?.externalId).toBe('57754754');
    expect(seed?.coverImage?.small).toBe('https://images.example.org/photo-small');
    expect(seed?.ai?.version).toBe(1);
    expect(seed?.impact).toEqual([
      'Increased selling pressure on Bitcoin, potentially driving prices lower.',
      'Risk of reduced hash rate.',
      'Possible consolidation of mining operations.',
    ]);
    expect(seed?.body).toContain('below an estimated average cost of $87,000');
  });

  test('the order does not depend on the order of the files', () => {
    expect(compileArticles([...good].reverse())).toEqual(articles);
  });
});

describe('compileArticles failures name file, field and reason', () => {
  test('the malformed fixture: a tag outside the vocabulary', () => {
    const error = compileError(fixtureFiles('bad'));
    expect(error.message).toMatch(
      /test\/fixtures\/dataset\/bad\/2022-06-01-example-unknown-tag\.md: tags\[1\]: Invalid option: expected one of "HALVING"/,
    );
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 'test/fixtures/dataset/bad/2022-06-01-example-unknown-tag.md',
        field: 'tags[1]',
      }),
    ]);
  });

  test('the raw seed: no url, and tags outside the vocabulary', () => {
    const path = `${FIXTURES}/seed.md`;
    const error = compileError([{ path, text: readFileSync(path, 'utf8') }]);
    const fields = error.problems.map((problem) => problem.field);
    expect(fields).toContain('url');
    expect(fields).toContain('tags');
    expect(error.message).toContain(`${path}: url: `);
  });

  test('every problem of every file is reported at once', () => {
    const error = compileError([
      variant('a/2026-02-05-coindesk-a.md', 'sentiment: NEGATIVE', 'sentiment: GLOOMY'),
      variant(
        'b/2026-02-05-coindesk-b.md',
        "url: 'https://example.org/fixtures/miner-capitulation-is-back'",
        "url: 'http://example.org/b'",
      ),
    ]);
    expect(error.problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'a/2026-02-05-coindesk-a.md: sentiment',
      'b/2026-02-05-coindesk-b.md: url',
    ]);
    expect(error.problems[1]?.reason).toBe('expected an https:// URL');
  });

  test('a missing field', () => {
    const error = compileError([variant('x/2026-02-05-coindesk-x.md', /^category: BTC\n/m, '')]);
    expect(error.problems).toEqual([expect.objectContaining({ field: 'category' })]);
  });

  test('an unknown field (a typo) is an error', () => {
    const error = compileError([variant('x/2026-02-05-coindesk-x.md', 'stickyWeight: 0', 'stickyWieght: 0')]);
    expect(error.problems).toEqual([
      expect.objectContaining({ field: 'stickyWieght', reason: expect.stringMatching(/Unrecognized key/) }),
    ]);
  });

  test('a nested field is named with its path', () => {
    const error = compileError([variant('x/2026-02-05-coindesk-x.md', 'key: coindesk', 'key: CoinDesk')]);
    expect(error.problems[0]?.field).toBe('source.key');
  });

  test('fewer than 3 impact bullets', () => {
    const error = compileError([
      variant('x/2026-02-05-coindesk-x.md', /- Risk of reduced hash rate\.\n/, ''),
    ]);
    expect(error.problems[0]).toMatchObject({ field: 'impact', reason: expect.stringMatching(/found 2/) });
  });

  test('a missing impact section', () => {
    const error = compileError([
      variant('x/2026-02-05-coindesk-x.md', '## Impact on the crypto market', '## Impact'),
    ]);
    expect(error.problems[0]).toMatchObject({ field: 'impact', reason: expect.stringMatching(/found 0/) });
  });

  test('duplicate ids and duplicate URLs', () => {
    const error = compileError([
      seedInFormat,
      { path: 'other/2026-02-05-coindesk-fixture-seed-in-format.md', text: seedInFormat.text },
      variant('x/2026-02-05-coindesk-x.md', 'miner-capitulation-is-back', 'miner-capitulation-is-back/'),
    ]);
    expect(error.problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'other/2026-02-05-coindesk-fixture-seed-in-format.md: id',
      'other/2026-02-05-coindesk-fixture-seed-in-format.md: url',
      'x/2026-02-05-coindesk-x.md: url',
    ]);
    expect(error.problems[0]?.reason).toBe(`duplicate of ${seedInFormat.path}`);
  });

  test('a date in the future, or before bitcoin existed', () => {
    const future = compileError([seedInFormat], new Date('2026-01-01T00:00:00Z'));
    expect(future.problems.map((problem) => problem.field)).toEqual(['publishedAt', 'updatedAt']);
    const early = compileError([
      {
        path: 'x/2008-10-31-coindesk-x.md',
        text: seedInFormat.text
          .replace("publishedAt: '2026-02-05T10:41:02.000Z'", "publishedAt: '2008-10-31T00:00:00.000Z'")
          .replace(/^updatedAt:.*\n/m, ''),
      },
    ]);
    expect(early.problems).toEqual([
      expect.objectContaining({ field: 'publishedAt', reason: 'date before 2009-01-03' }),
    ]);
  });

  test('a file name whose date is not the publication date', () => {
    const error = compileError([{ path: 'x/2024-02-05-coindesk-x.md', text: seedInFormat.text }]);
    expect(error.problems[0]).toMatchObject({
      field: 'id',
      reason: expect.stringMatching(/does not match publishedAt/),
    });
  });

  test('an id that is not YYYY-MM-DD-source-slug', () => {
    const error = compileError([{ path: 'x/Seed Article.md', text: seedInFormat.text }]);
    expect(error.problems[0]?.field).toBe('id');
  });
});
