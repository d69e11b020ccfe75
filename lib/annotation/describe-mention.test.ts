import { describe, expect, test } from 'vitest';
import { costAt, hashprice, latestMonth, margin } from '../economics';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { formatHashprice, formatPercent, formatUsd } from '../format';
import { describeMention } from './describe-mention';

const feb2026 = { date: new Date('2026-02-05T00:00:00Z'), source: 'meta' as const };
const price = { text: '$70,000', usd: 70_000, kind: 'btc-price' as const };
const line = (description: ReturnType<typeof describeMention>, label: string) =>
  description.lines.find((entry) => entry.label === label);

describe('a Bitcoin price', () => {
  const description = describeMention(price, feb2026, DEFAULT_SETTINGS);
  const cost = costAt(feb2026.date, DEFAULT_SETTINGS);

  test('is compared with the estimated cost at the article’s month', () => {
    expect(description.costUsd).toBe(cost.usd);
    expect(description.costMonth).toBe('2026-02');
    expect(line(description, 'Production cost (estimated)')).toEqual({
      label: 'Production cost (estimated)',
      value: formatUsd(cost.usd),
      note: 'Feb 2026',
    });
  });

  test('carries the signed margin and its regime in words', () => {
    expect(description.margin).toBeCloseTo((70_000 - cost.usd) / cost.usd, 12);
    expect(line(description, 'Miner margin')?.value).toBe(formatPercent(margin(70_000, cost.usd)));
    expect(description.regimeLabel).toBe(
      { 'below-cost': 'Below production cost', 'thin-margin': 'Thin margin', healthy: 'Healthy margin' }[
        description.regime ?? 'healthy'
      ],
    );
  });

  test('shows the electricity floor and hashprice at that date', () => {
    expect(line(description, 'Electricity only (estimated)')?.value).toBe(formatUsd(cost.electricityUsd));
    expect(line(description, 'Hashprice')?.value).toBe(formatHashprice(hashprice(feb2026.date).usdPerPhDay));
  });

  test('names the article date', () => expect(description.dateNote).toBe('Article date 5 Feb 2026'));

  test('the spoken text holds the regime, every figure and the date', () => {
    expect(description.spoken).toContain(`${description.regimeLabel}.`);
    expect(description.spoken).toContain(formatUsd(cost.usd));
    expect(description.spoken).toContain('Article date 5 Feb 2026.');
  });
});

test('a price far above cost is healthy, one below is below cost', () => {
  expect(describeMention({ ...price, usd: 1_000_000 }, feb2026, DEFAULT_SETTINGS).regime).toBe('healthy');
  expect(describeMention({ ...price, usd: 1_000 }, feb2026, DEFAULT_SETTINGS).regime).toBe('below-cost');
});

test('without an article date it says today is used', () => {
  const today = { date: new Date('2026-11-29T00:00:00Z'), source: 'today' as const };
  expect(describeMention(price, today, DEFAULT_SETTINGS).dateNote).toBe(
    'No article date found — using today (29 Nov 2026)',
  );
});

test('the electricity floor is left out when the setting is off', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    display: { ...DEFAULT_SETTINGS.display, showElectricityFloor: false },
  };
  expect(line(describeMention(price, feb2026, settings), 'Electricity only (estimated)')).toBeUndefined();
});

test('the user’s fixed cost is compared beside the model', () => {
  const settings = { ...DEFAULT_SETTINGS, fixedCostUsd: 56_000 };
  expect(line(describeMention(price, feb2026, settings), 'Against your cost')).toEqual({
    label: 'Against your cost',
    value: '+25.0%',
    note: '$56,000',
  });
});

test('with the fixed cost as the source, the model becomes the comparison', () => {
  const settings = { ...DEFAULT_SETTINGS, costSource: 'fixed' as const, fixedCostUsd: 56_000 };
  const description = describeMention(price, feb2026, settings);
  expect(description.costUsd).toBe(56_000);
  expect(line(description, 'Your production cost')?.value).toBe('$56,000');
  expect(line(description, 'Against the model')?.value).toBe(
    formatPercent(margin(70_000, costAt(feb2026.date, DEFAULT_SETTINGS).usd)),
  );
});

test('a quoted cost has no margin; it is set against the model', () => {
  const description = describeMention(
    { text: '$87K', usd: 87_000, kind: 'btc-cost' },
    feb2026,
    DEFAULT_SETTINGS,
  );
  expect(description.margin).toBeNull();
  expect(description.regime).toBeNull();
  expect(description.heading).toBe('Quoted production cost');
  expect(line(description, 'Quoted vs estimate')).toBeDefined();
});

describe('figures older than 60 days', () => {
  const [year, month] = latestMonth().split('-').map(Number) as [number, number];
  const seriesEnd = Date.UTC(year, month, 1);
  const fiveMonthsLater = { date: new Date(seriesEnd + 154 * 86_400_000), source: 'today' as const };

  test('a price read five months after the series ends says how old the figures are', () => {
    const description = describeMention(price, fiveMonthsLater, DEFAULT_SETTINGS);
    const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
      new Date(seriesEnd - 86_400_000),
    );
    expect(description.staleNote).toBe(`Figures from ${monthName} ${year}, five months old`);
    expect(description.spoken).toContain(`${description.staleNote}.`);
  });

  test('an article inside the series has no age note', () => {
    expect(describeMention(price, feb2026, DEFAULT_SETTINGS).staleNote).toBeNull();
  });

  test('a fixed cost of the user’s own is not called old', () => {
    const fixed = { ...DEFAULT_SETTINGS, costSource: 'fixed' as const, fixedCostUsd: 80_000 };
    expect(describeMention(price, fiveMonthsLater, fixed).staleNote).toBeNull();
  });
});
