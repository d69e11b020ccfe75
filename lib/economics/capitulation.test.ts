import { describe, expect, it } from 'vitest';
import { capitulationAt } from './capitulation';

const mid = (month: string) => new Date(`${month}-15T00:00:00Z`);

describe('capitulationAt (monthly Hash Ribbons)', () => {
  it('fires in mid-2021 after the China mining ban and recovers in August 2021', () => {
    expect(capitulationAt(mid('2021-06')).state).toBe('capitulation');
    expect(capitulationAt(mid('2021-07')).state).toBe('capitulation');
    expect(capitulationAt(mid('2021-08')).state).toBe('recovery');
  });

  it('fires in late 2022 (post-FTX miner stress) and recovers in January 2023', () => {
    expect(capitulationAt(mid('2022-11')).state).toBe('capitulation');
    expect(capitulationAt(mid('2022-12')).state).toBe('capitulation');
    expect(capitulationAt(mid('2023-01')).state).toBe('recovery');
  });

  it('stays normal while hashrate keeps rising', () => {
    const signal = capitulationAt(mid('2021-10'));
    expect(signal.state).toBe('normal');
    expect(signal.shortAverageEhs).toBeGreaterThan(signal.longAverageEhs);
  });

  it('is clamped and flagged outside the series', () => {
    expect(capitulationAt(mid('2012-01'))).toMatchObject({ clamped: true, month: '2016-01' });
  });
});
