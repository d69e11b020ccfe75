/**
 * Throughput of detectPriceMentions on a generated 2 MB news text (seeded, so every run reads the same text).
 * Run alone with `npx tsx test/bench/detect.ts`; `test/bench/run.ts` calls runDetectBench().
 */
import { fileURLToPath } from 'node:url';
import { detectPriceMentions } from '../../lib/detect/index';
import { seededRandom } from '../support/seeded-random';

export interface DetectBenchResult {
  mbPerSecond: number;
  megabytes: number;
  mentionsPerRun: number;
  /** Characters of text per amount found: the density the figure was measured at. */
  charactersPerAmount: number;
  runs: number;
  medianMs: number;
  /** Throughput of the fastest run: less disturbed by other work on the machine than the median. */
  bestMbPerSecond: number;
}

const FILLER = [
  'The move came during a quiet session in Asian hours, with traders watching the dollar and bond yields.',
  'Market participants said liquidity was thin ahead of the holiday weekend in the United States.',
  'Regulators in Europe published a consultation on the treatment of digital assets held by banks.',
  'The exchange said it would pause deposits for scheduled maintenance later in the week.',
  'Analysts pointed to the options market, where demand for downside protection has eased since the start of the month.',
  'Network activity picked up, with the number of active addresses climbing for a third straight week.',
  'Several large holders moved coins between wallets, according to on-chain data compiled by analytics firms.',
  'The company did not respond to a request for comment on Tuesday.',
  'Some desks reported a rise in over-the-counter demand from family offices and corporate treasuries.',
  'Mining difficulty is expected to adjust again next week after the hashrate touched a record.',
];

const WITH_AMOUNTS = [
  (n: () => string) => `Bitcoin rose 2.4% to $${n()} on Monday, its highest level in two weeks.`,
  (n: () => string) => `BTC slid to $${n()}K before buyers stepped in near the ${n()} level.`,
  (n: () => string) => `Ether traded at $${n().slice(0, 1)},${n().slice(0, 3)} while bitcoin held $${n()}.`,
  (n: () => string) => `Spot bitcoin ETFs drew $${n().slice(0, 3)} million in net inflows, the data showed.`,
  (n: () => string) => `Analysts at the bank said bitcoin could hit $${n()} by the end of the year.`,
  (n: () => string) =>
    `The average cost to produce one bitcoin is now about $${n()}, according to the report.`,
  (n: () => string) => `Liquidations of long positions topped $${n().slice(0, 3)} million over 24 hours.`,
  (n: () => string) => `Hashprice fell to $${n().slice(0, 2)}/PH/day as fees dropped.`,
  (n: () => string) => `The token sale raised €${n()} from European investors.`,
  (n: () => string) => `Bitcoin is trading in a $${n()}-$${n()} range, with 1,200 BTC leaving exchanges.`,
];

/** About 2 MB of news-like English with one amount every 250–300 characters, as in market reports. */
export function generateNewsText(megabytes = 2, seed = 20260301): string {
  const random = seededRandom(seed);
  const number = () => {
    const value = 55_000 + Math.floor(random() * 40_000);
    return `${Math.floor(value / 1000)},${String(value % 1000).padStart(3, '0')}`;
  };
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const withAmount = random() < 0.25;
    const sentence = withAmount
      ? WITH_AMOUNTS[Math.floor(random() * WITH_AMOUNTS.length)]!(number)
      : FILLER[Math.floor(random() * FILLER.length)]!;
    parts.push(sentence);
    length += sentence.length + 1;
    if (random() < 0.15) {
      parts.push('\n\n');
      length += 2;
    }
  }
  return parts.join(' ').slice(0, target);
}

export async function runDetectBench(
  options: { megabytes?: number; runs?: number } = {},
): Promise<DetectBenchResult> {
  const megabytes = options.megabytes ?? 2;
  const runs = options.runs ?? 25;
  const text = generateNewsText(megabytes);
  const date = new Date('2026-03-10T00:00:00Z');
  let mentionsPerRun = 0;
  for (let warmup = 0; warmup < 5; warmup++) mentionsPerRun = detectPriceMentions(text, { date }).length;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    detectPriceMentions(text, { date });
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  const medianMs = times[Math.floor(times.length / 2)]!;
  // Text length in UTF-16 code units ≈ bytes for this mostly-ASCII text.
  const actualMegabytes = text.length / (1024 * 1024);
  return {
    mbPerSecond: actualMegabytes / (medianMs / 1000),
    megabytes: actualMegabytes,
    mentionsPerRun,
    charactersPerAmount: Math.round(text.length / Math.max(1, mentionsPerRun)),
    runs,
    medianMs,
    bestMbPerSecond: actualMegabytes / (times[0]! / 1000),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void runDetectBench().then((result) =>
    console.log(
      `detectPriceMentions: ${result.mbPerSecond.toFixed(1)} MB/s on ${result.megabytes.toFixed(2)} MB ` +
        `(${result.mentionsPerRun} amounts, one per ${result.charactersPerAmount} chars; median of ${result.runs} runs, ` +
        `${result.medianMs.toFixed(1)} ms; fastest run ${result.bestMbPerSecond.toFixed(1)} MB/s)`,
    ),
  );
}
