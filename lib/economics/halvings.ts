// Block-subsidy schedule by date. Heights and dates: the shared facts file (block explorers agree).

interface Halving {
  height: number;
  /** UTC day of the halving block. */
  date: string;
  subsidyAfterBtc: number;
  /** False for a halving that has not happened yet (its date is a projection). */
  happened: boolean;
}

export const HALVINGS: readonly Halving[] = [
  { height: 210_000, date: '2012-11-28', subsidyAfterBtc: 25, happened: true },
  { height: 420_000, date: '2016-07-09', subsidyAfterBtc: 12.5, happened: true },
  { height: 630_000, date: '2020-05-11', subsidyAfterBtc: 6.25, happened: true },
  { height: 840_000, date: '2024-04-20', subsidyAfterBtc: 3.125, happened: true },
  // Expected in 2028 (block 1,050,000); the day is a projection.
  { height: 1_050_000, date: '2028-04-15', subsidyAfterBtc: 1.5625, happened: false },
];

const INITIAL_SUBSIDY_BTC = 50;

/** The scheduled block subsidy (BTC) on a given day. */
export function scheduledSubsidy(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('date: invalid Date for the block subsidy');
  let subsidy = INITIAL_SUBSIDY_BTC;
  for (const halving of HALVINGS) {
    if (time >= Date.parse(`${halving.date}T00:00:00Z`)) subsidy = halving.subsidyAfterBtc;
  }
  return subsidy;
}
