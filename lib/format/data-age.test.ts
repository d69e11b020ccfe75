import { describe, expect, test } from 'vitest';
import { staleDataNote } from './data-age';

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('staleDataNote', () => {
  test('June 2026 figures read on 2 December 2026 are five months old', () => {
    expect(staleDataNote('2026-06', on('2026-12-02'))).toBe('Figures from June 2026, five months old');
  });

  test('says nothing while the figures are at most 60 days past their month', () => {
    expect(staleDataNote('2026-06', on('2026-06-15'))).toBeNull();
    expect(staleDataNote('2026-06', on('2026-07-20'))).toBeNull();
    expect(staleDataNote('2026-06', new Date('2026-08-30T00:00:00Z'))).toBeNull();
  });

  test('day 61 past the month is the first old day, and it reads two months', () => {
    expect(staleDataNote('2026-06', new Date('2026-08-31T00:00:01Z'))).toBe(
      'Figures from June 2026, two months old',
    );
  });

  test("the 60 days count from the end of the month's last day (31 January: old from 2 April)", () => {
    expect(staleDataNote('2026-01', new Date('2026-04-01T23:00:00Z'))).toBeNull();
    expect(staleDataNote('2026-01', new Date('2026-04-02T01:00:00Z'))).toBe(
      'Figures from January 2026, two months old',
    );
  });

  test('eleven months, then years', () => {
    expect(staleDataNote('2026-06', on('2027-06-10'))).toBe('Figures from June 2026, eleven months old');
    expect(staleDataNote('2026-06', on('2027-07-15'))).toBe('Figures from June 2026, over a year old');
    expect(staleDataNote('2026-06', on('2029-01-15'))).toBe('Figures from June 2026, over two years old');
  });

  test('a date before the figures is not "old"', () => {
    expect(staleDataNote('2026-06', on('2020-01-01'))).toBeNull();
  });
});
