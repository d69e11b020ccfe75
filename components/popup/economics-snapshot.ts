// What the popup header shows, from the economics API and the user's cost settings.
import {
  capitulationAt,
  costAt,
  latestMonth,
  margin,
  monthlySeries,
  priceAt,
  regime,
  type CapitulationState,
  type Provenance,
  type Regime,
} from '@/lib/economics';
import { PUBLISHED_ESTIMATES, type PublishedEstimate } from '@/lib/economics/estimates';
import { weakestProvenance } from '@/lib/economics/provenance';
import { staleDataNote } from '@/lib/format/data-age';
import type { LiveToday } from '@/lib/live/live-today';
import type { Settings } from '@/lib/settings/schema';

export interface ChartPoint {
  month: string;
  priceUsd: number;
  costUsd: number;
}

/** A published estimate placed on the chart: `position` is a fractional index into the chart's months. */
export interface ChartEstimate {
  estimate: PublishedEstimate;
  position: number;
}

/** Where a `YYYY-MM-DD` date falls among the chart's months (0 = the middle of the first month). */
function chartPosition(date: string, firstMonth: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [firstYear, first] = firstMonth.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (year - firstYear) * 12 + (month - first) + (day - 0.5) / days - 0.5;
}

/** The published estimates dated within the chart's months. */
export function chartEstimates(
  chart: readonly ChartPoint[],
  estimates: readonly PublishedEstimate[] = PUBLISHED_ESTIMATES,
): ChartEstimate[] {
  const first = chart[0];
  if (!first) return [];
  const last = chart.length - 1;
  return estimates
    .map((estimate) => ({ estimate, position: chartPosition(estimate.date, first.month) }))
    .filter(({ position }) => position >= -0.5 && position <= last + 0.5)
    .map(({ estimate, position }) => ({ estimate, position: Math.min(Math.max(position, 0), last) }));
}

export interface EconomicsSnapshot {
  /** The latest month of the bundled series, `YYYY-MM`. */
  month: string;
  /** The weaker provenance of that month's price and cost. */
  provenance: Provenance;
  priceUsd: number;
  costUsd: number;
  costSource: 'model' | 'fixed';
  margin: number;
  /** Price ÷ cost (the "difficulty multiple" analysts read). */
  multiple: number;
  regime: Regime;
  /** Published estimates within the chart's months, drawn as points. */
  estimates: ChartEstimate[];
  capitulation: CapitulationState;
  /** The last `months` months, oldest first. */
  chart: ChartPoint[];
  /** "live, 12 min ago" when price and cost come from a fresh live snapshot; null for the bundled series. */
  liveLabel: string | null;
  /** "Figures from June 2026, five months old" when bundled figures stand for today and are over 60 days old. */
  staleNote: string | null;
}

/** The middle of a `YYYY-MM` month, where the series' lookups return that month's own value. */
function monthMiddle(month: string): Date {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const next = new Date(start);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return new Date((start + next.getTime()) / 2);
}

export function economicsSnapshot(
  settings: Pick<Settings, 'costSource' | 'fixedCostUsd' | 'model' | 'thinMarginPct'>,
  months = 24,
  live: LiveToday | null = null,
  now: Date = new Date(),
): EconomicsSnapshot {
  const month = latestMonth();
  const date = monthMiddle(month);
  const bundledPrice = priceAt(date);
  const bundledCost = costAt(date, settings);
  const price = live ? { ...bundledPrice, usd: live.priceUsd } : bundledPrice;
  const cost = live ? { ...bundledCost, usd: live.cost.usd } : bundledCost;
  const value = margin(price.usd, cost.usd);
  const chart = monthlySeries()
    .slice(-months)
    .map((point) => ({
      month: point.month,
      priceUsd: point.priceUsd,
      costUsd: costAt(monthMiddle(point.month), settings).usd,
    }));
  return {
    month,
    provenance: weakestProvenance(price.provenance, cost.provenance),
    priceUsd: price.usd,
    costUsd: cost.usd,
    costSource: cost.source,
    margin: value,
    multiple: price.usd / cost.usd,
    regime: regime(value, { thinMarginPct: settings.thinMarginPct }),
    capitulation: capitulationAt(date).state,
    chart,
    estimates: chartEstimates(chart),
    liveLabel: live?.label ?? null,
    staleNote: live ? null : staleDataNote(month, now),
  };
}
