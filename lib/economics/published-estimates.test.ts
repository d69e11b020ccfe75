import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { PUBLISHED_ESTIMATES } from './estimates';
import { ESTIMATES_CSV_HEADER, parsePublishedEstimates } from './published-estimates';
import { ECONOMICS_DIR, publishedEstimatesPlugin, staleEstimatesReason } from './vite-plugin';

const GOOD_ROW =
  '2026-02-05,Checkonchain,regression,network,87000,https://example.com/a,"The average cost to mine one bitcoin is around $87,000"';

const parse = (rows: string[]) =>
  parsePublishedEstimates([ESTIMATES_CSV_HEADER, ...rows].join('\n'), 'x.csv');

describe('parsePublishedEstimates', () => {
  test('reads a good row into typed fields', () => {
    expect(parse([GOOD_ROW])).toEqual([
      {
        date: '2026-02-05',
        source: 'Checkonchain',
        kind: 'regression',
        scope: 'network',
        usd: 87000,
        url: 'https://example.com/a',
        evidence: 'The average cost to mine one bitcoin is around $87,000',
      },
    ]);
  });

  test.each([
    ['2026-02-30', 'date'],
    ['2026-2-05', 'date'],
  ])('an impossible date (%s) names the line and field', (date) => {
    expect(() => parse([GOOD_ROW, GOOD_ROW.replace('2026-02-05', date)])).toThrow(
      /^x\.csv: line 3: field "date": expected a valid YYYY-MM-DD/,
    );
  });

  test.each([
    [
      'kind',
      GOOD_ROW.replace(',regression,', ',marginal,'),
      /field "kind": expected one of electricity, cash/,
    ],
    ['scope', GOOD_ROW.replace(',network,', ',global,'), /field "scope": expected one of network/],
    ['usd', GOOD_ROW.replace(',87000,', ',87000.5,'), /field "usd": expected a whole number/],
    ['usd', GOOD_ROW.replace(',87000,', ',12,'), /field "usd": implausible/],
    ['url', GOOD_ROW.replace('https://example.com/a', 'example.com/a'), /field "url": not a URL/],
    ['url', GOOD_ROW.replace('https://example.com/a', 'ftp://example.com/a'), /field "url": expected http/],
    [
      'evidence',
      GOOD_ROW.replace('$87,000', 'a lot'),
      /field "evidence": does not contain the figure's leading/,
    ],
    ['source', GOOD_ROW.replace('Checkonchain', ''), /field "source": expected a name/],
  ])('a bad %s fails naming file, line and field', (_field, row, message) => {
    expect(() => parse([row])).toThrow(message);
    expect(() => parse([row])).toThrow(/^x\.csv: line 2: /);
  });

  test('a wrong header fails on line 1', () => {
    expect(() => parsePublishedEstimates(`date,source,kind,usd,url,evidence\n${GOOD_ROW}`, 'x.csv')).toThrow(
      /^x\.csv: line 1: header must be/,
    );
  });
});

describe('the bundled table', () => {
  test('published-estimates.json is exactly what the CSV gives (npm run series)', () => {
    expect(staleEstimatesReason(ECONOMICS_DIR)).toBeNull();
  });

  test('has at least 25 dated estimates from 2019 on, each with an http(s) source URL', () => {
    expect(PUBLISHED_ESTIMATES.length).toBeGreaterThanOrEqual(25);
    expect(PUBLISHED_ESTIMATES[0]?.date.slice(0, 4)).toBe('2019');
    for (const estimate of PUBLISHED_ESTIMATES) expect(estimate.url).toMatch(/^https?:\/\/[^/]+\//);
    const dates = PUBLISHED_ESTIMATES.map((estimate) => estimate.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('publishedEstimatesPlugin', () => {
  function economicsCopy(csv: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'estimates-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'published-estimates.csv'), csv);
    writeFileSync(
      join(dir, 'published-estimates.json'),
      readFileSync(join(ECONOMICS_DIR, 'published-estimates.json'), 'utf8'),
    );
    return dir;
  }
  const buildStart = (dir: string) => {
    const plugin = publishedEstimatesPlugin(dir);
    const hook = plugin.buildStart as (this: unknown) => void;
    const context = {
      addWatchFile: vi.fn(),
      error: (message: string) => {
        throw new Error(message);
      },
    };
    return () => hook.call(context);
  };
  const shippedCsv = readFileSync(join(ECONOMICS_DIR, 'data', 'published-estimates.csv'), 'utf8');

  test('runs in builds only and passes on the shipped table', () => {
    expect(publishedEstimatesPlugin().apply).toBe('build');
    expect(buildStart(economicsCopy(shippedCsv))).not.toThrow();
  });

  test('a bad row fails the build naming the file, line and field', () => {
    const lines = shippedCsv.split('\n');
    lines[4] = (lines[4] ?? '').replace(/,(electricity|cash|all-in|regression),/, ',guess,');
    expect(buildStart(economicsCopy(lines.join('\n')))).toThrow(
      /published-estimates\.csv: line 5: field "kind": expected one of/,
    );
  });

  test('a JSON that no longer matches the CSV fails the build', () => {
    const lines = shippedCsv.split('\n');
    lines[1] = (lines[1] ?? '').replace(',4060,', ',4061,');
    expect(buildStart(economicsCopy(lines.join('\n')))).toThrow(/does not match .*run npm run series/);
  });
});
