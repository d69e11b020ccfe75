// How old the bundled figures are, in words, once that matters: "Figures from June 2026, five months old".
// Shared by the tooltip (content script: kept small) and the popup.
import { lazy } from './lazy';

/** Figures this many days past their month's end are called old. */
export const STALE_AFTER_DAYS = 60;

const DAY_MS = 864e5;
const NUMBER_WORDS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
];
const longMonth = lazy(
  () => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/**
 * "Figures from June 2026, five months old" when the series month `YYYY-MM` ended more than 60 days before `at`;
 * null while the figures are recent (or `at` falls inside the month). Ages are whole months of 30.44 days
 * from the month's end (June's figures on 2 December: 154 days, five months); a year and more in years.
 */
export function staleDataNote(month: string, at: Date | number): string | null {
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  // Day 0 of the next month is the month's last day; its end is the next month's first instant.
  const end = Date.UTC(year, monthNumber, 1);
  const days = (Number(at) - end) / DAY_MS;
  if (!(days > STALE_AFTER_DAYS)) return null;
  // Past 60 days is never less than two months, however short the months between were.
  const months = Math.max(2, Math.floor(days / 30.44));
  const years = Math.floor(months / 12);
  const age =
    years < 1
      ? `${NUMBER_WORDS[months]} months`
      : years < 2
        ? 'over a year'
        : `over ${NUMBER_WORDS[years] ?? years} years`;
  return `Figures from ${longMonth().format(end - DAY_MS)}, ${age} old`;
}
