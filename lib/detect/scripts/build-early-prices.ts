// Regenerates lib/detect/early-prices.json from lib/economics/data. Run: npx tsx lib/detect/scripts/build-early-prices.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEarlyPrices } from './early-prices-builder';

const detectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const prices = buildEarlyPrices(join(detectDir, '../economics/data'));
writeFileSync(join(detectDir, 'early-prices.json'), `${JSON.stringify(prices)}\n`);
console.log(`early-prices.json: ${prices.firstMonth}, ${prices.ranges.length} months`);
