// Miner capitulation in the spirit of Capriole's Hash Ribbons (30-day vs 60-day moving average of hashrate).
// With monthly means, the month's mean hashrate stands in for the 30-day average and the mean of
// this month and the previous one for the 60-day average. So the signal is "capitulation" while
// hashrate fell month on month, and "recovery" in the first month it rises again after that.
import { locate, SERIES } from './monthly-series';
import type { CapitulationSignal, CapitulationState } from './types';

function averages(index: number): { short: number; long: number } {
  const short = SERIES.hashrateEhs[index] ?? Number.NaN;
  const previous = SERIES.hashrateEhs[index - 1] ?? short;
  return { short, long: (short + previous) / 2 };
}

function stateAt(index: number): CapitulationState {
  const { short, long } = averages(index);
  if (short < long) return 'capitulation';
  if (index > 0) {
    const before = averages(index - 1);
    if (before.short < before.long) return 'recovery';
  }
  return 'normal';
}

/** The capitulation signal for the month a date lies in (clamped and flagged outside the series). */
export function capitulationAt(date: Date): CapitulationSignal {
  const location = locate(date);
  const { short, long } = averages(location.index);
  return {
    state: stateAt(location.index),
    month: location.month,
    shortAverageEhs: short,
    longAverageEhs: long,
    clamped: location.clamped,
  };
}
