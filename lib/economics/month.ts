// Calendar-month arithmetic in UTC; months are `YYYY-MM` strings.

const DAY_MS = 86_400_000;

export function monthKey(year: number, monthIndex: number): string {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return date.toISOString().slice(0, 7);
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

// Lookups parse the same few hundred month strings for every amount on a page (plausibility), so keep them.
const parsed = new Map<string, [number, number]>();

function parts(month: string): [number, number] {
  const known = parsed.get(month);
  if (known) return known;
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`month: expected YYYY-MM, got ${month}`);
  const result: [number, number] = [Number(match[1]), Number(match[2]) - 1];
  if (parsed.size < 4096) parsed.set(month, result);
  return result;
}

export function monthStart(month: string): number {
  const [year, index] = parts(month);
  return Date.UTC(year, index, 1);
}

export function monthEnd(month: string): number {
  const [year, index] = parts(month);
  return Date.UTC(year, index + 1, 1);
}

export function daysInMonth(month: string): number {
  return Math.round((monthEnd(month) - monthStart(month)) / DAY_MS);
}

/** The instant halfway through the month. */
export function monthMidpoint(month: string): number {
  return (monthStart(month) + monthEnd(month)) / 2;
}

export function addMonths(month: string, count: number): string {
  const [year, index] = parts(month);
  return monthKey(year, index + count);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromIndex] = parts(from);
  const [toYear, toIndex] = parts(to);
  return (toYear - fromYear) * 12 + (toIndex - fromIndex);
}

export const MS_PER_DAY = DAY_MS;
