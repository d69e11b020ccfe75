// Reads the series inputs from lib/economics/data (Node only: used by the CLI and the series test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeriesInputs } from '../series-builder';

export function readSeriesInputs(economicsDir: string): SeriesInputs {
  const read = (name: string) => readFileSync(join(economicsDir, 'data', name), 'utf8');
  return {
    coinmetricsCsv: read('btc-monthly-coinmetrics.csv'),
    priceQuotesCsv: read('btc-2026-price-quotes.csv'),
    difficultyEpochsCsv: read('btc-2026-difficulty-epochs.csv'),
    efficiencyCsv: read('fleet-efficiency.csv'),
  };
}
