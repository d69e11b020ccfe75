import type { Regime } from '@/lib/economics';

// TODO(lead): switch to lib/format once it lands.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatUsd = (value: number) => usd.format(value);
export const formatPercent = (value: number) => percent.format(value);
export const formatMonth = (yyyyMm: string) => month.format(new Date(`${yyyyMm}-15T00:00:00Z`));

export const REGIME_LABEL: Record<Regime, string> = {
  'below-cost': 'Below cost',
  'thin-margin': 'Thin margin',
  healthy: 'Healthy',
};
