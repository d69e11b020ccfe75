import { describe, expect, test } from 'vitest';
import { nearestEstimates } from '../economics/estimates';
import type { PublishedEstimate } from '../economics/published-estimates';
import { describeCostContext, formatMultiple, formatUsdShort, type CostContextRequest } from './cost-context';

const estimate = (source: string, usd: number, date = '2026-01-15'): PublishedEstimate => ({
  date,
  source,
  kind: 'all-in',
  scope: 'network',
  usd,
  url: 'https://example.com/',
  evidence: String(usd),
});

const request: CostContextRequest = {
  date: '2026-02-05',
  priceUsd: 80_000,
  costUsd: 85_998,
  costSource: 'model',
  regime: 'below-cost',
  articleCostUsd: null,
};

describe('describeCostContext', () => {
  test('shows the article’s own quoted cost beside the model', () => {
    const { lines } = describeCostContext({ ...request, articleCostUsd: 87_000 }, []);
    expect(lines[0]).toEqual({ label: 'This article', value: '$87,000 · model: $85,998' });
  });

  test('gives the price ÷ cost multiple', () => {
    const { lines } = describeCostContext({ ...request, priceUsd: 70_000 }, []);
    expect(lines).toContainEqual({ label: 'Price ÷ cost', value: '0.81×', note: "against the model's cost" });
  });

  test('lists each nearby estimate with its source, kind and date', () => {
    const { lines } = describeCostContext(request, [
      { ...estimate('Checkonchain', 87_000, '2026-02-05'), kind: 'regression' },
      { ...estimate('CoinShares', 79_995, '2025-11-15'), kind: 'cash', scope: 'listed-miners' },
    ]);
    expect(lines.slice(-2)).toEqual([
      { label: 'Checkonchain', value: '$87,000', note: 'difficulty regression, 5 Feb 2026' },
      { label: 'CoinShares', value: '$79,995', note: 'cash cost, listed miners, 15 Nov 2025' },
    ]);
  });

  test('says when the published estimates bracket the price although the model does not', () => {
    const context = describeCostContext(request, [
      estimate('Capriole', 74_300),
      estimate('Checkonchain', 92_300),
    ]);
    expect(context.headline).toBe("Below the model's cost, within analysts' range $74k–$92k");
  });

  test('the article’s own figure counts among the published ones', () => {
    const context = describeCostContext({ ...request, priceUsd: 70_000, articleCostUsd: 87_000 }, [
      estimate('JPMorgan', 77_000),
    ]);
    expect(context.headline).toBe(
      "Below the model's cost, below every published estimate nearby ($77k–$87k)",
    );
  });

  test('agreeing above, and with one published figure', () => {
    expect(
      describeCostContext({ ...request, priceUsd: 120_000, regime: 'healthy' }, [
        estimate('A', 90_000),
        estimate('B', 95_000),
      ]).headline,
    ).toBe("Above the model's cost, above every published estimate nearby ($90k–$95k)");
    expect(
      describeCostContext({ ...request, regime: 'thin-margin', priceUsd: 88_000 }, [estimate('A', 90_000)])
        .headline,
    ).toBe("Just above the model's cost, below the published $90k");
  });

  test('with no published figure nearby the headline is the model’s alone; a target has none', () => {
    expect(describeCostContext(request, []).headline).toBe("Below the model's cost");
    expect(describeCostContext({ ...request, regime: null }, [estimate('A', 1)]).headline).toBeNull();
  });

  test('with the user’s fixed cost it says so', () => {
    const context = describeCostContext({ ...request, costSource: 'fixed', articleCostUsd: 87_000 }, []);
    expect(context.headline).toBe('Below your cost, below the published $87k');
    expect(context.lines[0]?.value).toBe('$87,000 · your cost: $85,998');
  });

  test('on 7 April 2025 at $76k: below the model, within the range of what analysts published', () => {
    const nearby = nearestEstimates(new Date('2025-04-07T12:00:00Z'));
    const context = describeCostContext(
      { ...request, date: '2025-04-07', priceUsd: 76_000, costUsd: 90_000 },
      nearby,
    );
    expect(nearby.map((row) => row.source)).toContain('Checkonchain');
    expect(context.headline).toMatch(/^Below the model's cost, within analysts' range \$\d+k–\$\d+k$/);
  });
});

describe('short formats', () => {
  test('thousands in headlines and the multiple', () => {
    expect(formatUsdShort(74_300)).toBe('$74k');
    expect(formatUsdShort(6_300)).toBe('$6.3k');
    expect(formatUsdShort(950)).toBe('$950');
    expect(formatMultiple(0.8563)).toBe('0.86×');
  });
});
