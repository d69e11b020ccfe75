// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { compareWithModel, costAt, errorSummary, PUBLISHED_ESTIMATES, sameKindGroups } from '@/lib/economics';
import { formatPercent } from '@/lib/format';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { estimateComparisons, renderEstimatesSection } from './estimates-section';

describe('the explanation page’s estimates section', () => {
  const container = document.createElement('section');
  renderEstimatesSection(container, DEFAULT_SETTINGS);
  const rows = [...container.querySelectorAll('tbody tr')];

  test('one table row per published estimate, with its source linked and the model’s error', () => {
    expect(rows).toHaveLength(PUBLISHED_ESTIMATES.length);
    const seed = rows.find((row) => row.textContent?.includes('5 Feb 2026'));
    const link = seed?.querySelector('a');
    expect(link?.textContent).toBe('Checkonchain');
    expect(link?.getAttribute('href')).toBe(
      PUBLISHED_ESTIMATES.find((row) => row.date === '2026-02-05')?.url,
    );
    const expected = compareWithModel(
      PUBLISHED_ESTIMATES.filter((row) => row.date === '2026-02-05'),
      (date) => costAt(date),
    )[0];
    expect(seed?.lastElementChild?.textContent).toBe(formatPercent(expected?.error ?? Number.NaN));
  });

  test('the chart draws the three model lines (all-in, cash, electricity) and a point per estimate', () => {
    expect([...container.querySelectorAll('svg path')].map((path) => path.getAttribute('class'))).toEqual([
      'model-all-in',
      'model-cash',
      'model-electricity',
    ]);
    expect(container.querySelectorAll('svg circle')).toHaveLength(PUBLISHED_ESTIMATES.length);
    expect(container.querySelector('svg circle title')?.textContent).toMatch(
      /^JPMorgan, electricity only: \$4,060/,
    );
  });

  test('the summary states the median and largest error', () => {
    const summary = errorSummary(estimateComparisons(DEFAULT_SETTINGS));
    const text = container.querySelector('.estimates-summary')?.textContent ?? '';
    expect(text).toContain(`median error is ${formatPercent(summary.medianAbsError).replace('+', '')}`);
    expect(text).toContain(`${summary.count} published estimates`);
  });

  test('each row names the model column it is compared with, kind for kind', () => {
    const cash = rows.find((row) => row.textContent?.includes('cash cost'));
    expect(cash?.children[4]?.textContent).toMatch(/\(cash\)$/);
    const regression = rows.find((row) => row.textContent?.includes('difficulty regression'));
    expect(regression?.children[4]?.textContent).toMatch(/\(all-in\)$/);
  });

  test('states the widest same-kind disagreement the table holds (from the table, not a fixed text)', () => {
    const [widest] = sameKindGroups(PUBLISHED_ESTIMATES, 14);
    const text = container.querySelector('.estimates-bound')?.textContent ?? '';
    expect(text).toContain('Capriole $59,450 (15 Jan 2026) and MacroMicro $101,000 (19 Jan 2026)');
    expect(text).toContain('both electricity only');
    expect(text).toContain(`within ${formatPercent(widest?.bound ?? Number.NaN).replace('+', '')} of both`);
  });

  test('the comparison follows the user’s model inputs', () => {
    const cheaper = estimateComparisons({ model: { ...DEFAULT_SETTINGS.model, electricityUsdPerKwh: 0.04 } });
    const defaults = estimateComparisons(DEFAULT_SETTINGS);
    // The shipped series rounds its costs; a recomputed one does not: compare the ratio.
    expect((cheaper[0]?.modelUsd ?? 0) / (defaults[0]?.modelUsd ?? 1)).toBeCloseTo(0.8, 3);
  });
});
