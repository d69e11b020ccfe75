import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFolders } from '../../support/fixture-folders';

/** Root of the news-site fixture pages: `<root>/<host>/<path>/index.html` + `expected.json`. */
export const SITES_ROOT = 'test/fixtures/sites';

/** What a careful reader labels on a fixture page (`expected.json` beside its `index.html`). */
export interface SiteExpectation {
  site: string;
  /** The article's date (YYYY-MM-DD), or null when the page carries none. */
  date: string | null;
  /** Where the date can be read from, most reliable first. */
  dateFrom: string[];
  /** Bitcoin price mentions, exactly as their ranges read, in document order. */
  'btc-price': string[];
  'btc-cost': string[];
  'btc-target': string[];
  notes: string[];
}

export interface SitePage {
  host: string;
  /** URL path, starting and ending with `/`. */
  path: string;
  expected: SiteExpectation;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseExpectation(file: string): SiteExpectation {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: not an object`);
  const record = data as Record<string, unknown>;
  const date = record.date;
  if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)))) {
    throw new Error(`${file}: date must be YYYY-MM-DD or null`);
  }
  for (const key of ['dateFrom', 'btc-price', 'btc-cost', 'btc-target', 'notes']) {
    if (!isStringList(record[key])) throw new Error(`${file}: ${key} must be a list of strings`);
  }
  return data as SiteExpectation;
}

/** Every fixture page under `root` with its expectations, sorted by host and path. */
export function listSitePages(root = SITES_ROOT): SitePage[] {
  return fixtureFolders(root).map(({ host, path, folder }) => ({
    host,
    path,
    expected: parseExpectation(join(folder, 'expected.json')),
  }));
}
