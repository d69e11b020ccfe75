import type { CapitulationState, Regime } from '@/lib/economics';

// TODO(lead): switch to lib/format once it lands (same formatters as components/options/format.ts).
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 0,
});
const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export const formatUsd = (value: number) => usd.format(value);
export const formatUsdCompact = (value: number) => usdCompact.format(value);
export const formatPercent = (value: number) => percent.format(value);
export const formatMonth = (yyyyMm: string) => month.format(new Date(`${yyyyMm}-15T00:00:00Z`));
export const formatShortMonth = (yyyyMm: string) => shortMonth.format(new Date(`${yyyyMm}-15T00:00:00Z`));
export const formatDay = (iso: string) => day.format(new Date(iso));

export const REGIME_LABEL: Record<Regime, string> = {
  'below-cost': 'Below cost',
  'thin-margin': 'Thin margin',
  healthy: 'Healthy margin',
};

export const CAPITULATION_LABEL: Record<CapitulationState, string> = {
  capitulation: 'Capitulation: hashrate is falling',
  recovery: 'Recovery: hashrate rising again after a fall',
  normal: 'No capitulation signal',
};
