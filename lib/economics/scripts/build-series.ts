// Regenerates lib/economics/series.json and published-estimates.json from the inputs in lib/economics/data.
// Run: npm run series (= npx tsx lib/economics/scripts/build-series.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { DEFAULT_SETTINGS } from '../../settings/defaults';
import { buildSeries } from '../series-builder';
import { readSeriesInputs } from './read-series-inputs';
import { ESTIMATES_JSON, readPublishedEstimates } from './read-published-estimates';

const economicsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(economicsDir, 'series.json');

const series = buildSeries(readSeriesInputs(economicsDir), DEFAULT_SETTINGS.model);
const config = (await prettier.resolveConfig(outputPath)) ?? {};
const text = await prettier.format(JSON.stringify(series), { ...config, filepath: outputPath });
writeFileSync(outputPath, text);
const written = readFileSync(outputPath, 'utf8');
console.log(
  `series.json: ${series.startMonth} to ${series.endMonth}, ${series.priceUsd.length} months, ${written.length} bytes`,
);

// The estimates table: validated (a bad row stops here naming file, line and field), then written as JSON.
const estimatesPath = join(economicsDir, ESTIMATES_JSON);
const estimates = readPublishedEstimates(economicsDir);
const estimatesText = await prettier.format(JSON.stringify(estimates), {
  ...config,
  filepath: estimatesPath,
});
writeFileSync(estimatesPath, estimatesText);
console.log(`${ESTIMATES_JSON}: ${estimates.length} published estimates, ${estimatesText.length} bytes`);
