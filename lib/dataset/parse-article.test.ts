import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ArticleParseError, articleIdFromPath, parseArticle } from './parse-article';

const SEED_PATH = 'test/fixtures/dataset/seed.md';
const seedText = readFileSync(SEED_PATH, 'utf8');

describe('parseArticle on the seed article', () => {
  const seed = parseArticle(SEED_PATH, seedText);

  test('reads the front matter with YAML (quotes, nested source, lists)', () => {
    expect(seed.frontMatter.title).toBe(
      'Miner capitulation is back as bitcoin’s $70,000 price fails to cover $87,000 production costs',
    );
    expect(seed.frontMatter.description).toContain("cryptocurrency's market price");
    expect(seed.frontMatter.source).toEqual({ name: 'CoinDesk', key: 'coindesk', type: 'RSS' });
    expect(seed.frontMatter.tags).toContain('HASHRATE');
    expect(seed.frontMatter.sentiment).toBe('NEGATIVE');
  });

  test('takes the five bullets under "Impact on the crypto market"', () => {
    expect(seed.impact).toHaveLength(5);
    expect(seed.impact[0]).toBe('Increased selling pressure on Bitcoin, potentially driving prices lower.');
    expect(seed.impact[4]).toBe(
      'Potential long-term implications for the sustainability of Bitcoin mining operations.',
    );
  });

  test('the body is plain text without the impact section', () => {
    expect(seed.body.startsWith('Bitcoin miners are currently facing')).toBe(true);
    expect(seed.body).toContain('Why It Matters');
    expect(seed.body).not.toContain('##');
    expect(seed.body).not.toContain('Increased selling pressure on Bitcoin, potentially');
  });

  test('the id is the file name without .md', () => {
    expect(seed.id).toBe('seed');
  });
});

describe('parseArticle', () => {
  const article = (body: string) => `---\ntitle: 'T'\n---\n${body}`;

  test('joins a bullet wrapped onto the next line and strips inline markdown', () => {
    const parsed = parseArticle(
      'a.md',
      article('## Impact on the crypto market\n\n- one\n  continued\n- **two**\n'),
    );
    expect(parsed.impact).toEqual(['one continued', 'two']);
  });

  test('stops the impact list at the next heading', () => {
    const parsed = parseArticle(
      'a.md',
      article('## Impact on the crypto market\n- one\n\n## Later\n\n- not impact\n'),
    );
    expect(parsed.impact).toEqual(['one']);
    expect(parsed.body).toBe('Later\n\nnot impact');
  });

  test('an article without the impact heading has no bullets', () => {
    expect(parseArticle('a.md', article('Just text.\n\n- a list elsewhere')).impact).toEqual([]);
  });

  test('a file without front matter fails naming the file', () => {
    expect(() => parseArticle('lib/x.md', 'no front matter')).toThrow(ArticleParseError);
    expect(() => parseArticle('lib/x.md', 'no front matter')).toThrow(/^lib\/x\.md: front matter: /);
  });

  test('invalid YAML fails naming the file and the YAML problem', () => {
    expect(() => parseArticle('lib/x.md', "---\ntitle: 'unclosed\n---\nbody")).toThrow(
      /^lib\/x\.md: front matter: invalid YAML/,
    );
  });

  test('front matter that is not a mapping fails', () => {
    expect(() => parseArticle('x.md', '---\n- a\n- b\n---\nbody')).toThrow(/expected a YAML mapping/);
  });
});

test('articleIdFromPath takes the file name without folder and extension', () => {
  expect(articleIdFromPath('lib/dataset/articles/2022-11-28-coindesk-x.md')).toBe('2022-11-28-coindesk-x');
});
