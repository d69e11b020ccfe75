// The one number and date formatter (Intl), shared by the tooltip, the explanation page and the popup.
// English wording, so one fixed locale per kind of value keeps the output predictable.
import { lazy } from './lazy';

const usdWhole = lazy(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }),
);
const usdCents = lazy(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
);
const percent = lazy(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'percent',
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
);
const dayMonthYear = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const monthYear = lazy(
  () => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

/** US dollars: whole dollars from $100 up ("$87,312"), cents below ("$45.20"). */
export function formatUsd(usd: number): string {
  return Math.abs(usd) >= 100 ? usdWhole().format(usd) : usdCents().format(usd);
}

/** A signed percentage from a fraction: 0.123 → "+12.3%", −0.081 → "−8.1%" (a true minus sign). */
export function formatPercent(fraction: number): string {
  return percent().format(fraction).replace('-', '\u2212');
}

/** A calendar day, read in UTC: "5 Feb 2026". */
export function formatDate(date: Date): string {
  return dayMonthYear().format(date);
}

/** A series month `YYYY-MM` → "Feb 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthYear().format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

/** Hashprice: "$45.20/PH/day". */
export function formatHashprice(usdPerPhDay: number): string {
  return `${formatUsd(usdPerPhDay)}/PH/day`;
}

/** A calendar date as `YYYY-MM-DD` (UTC), the ISO form the page report carries. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
