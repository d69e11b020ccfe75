// Build-time check of the published-estimates table: the build fails on a bad row of
// data/published-estimates.csv (file, line, field) or when published-estimates.json is not what the CSV gives
// (run `npm run series`). Build tooling, so node:fs is fine here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ESTIMATES_CSV, ESTIMATES_JSON, readPublishedEstimates } from './scripts/read-published-estimates';

export const ECONOMICS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Why the shipped JSON does not match the CSV, or null when it does. */
export function staleEstimatesReason(economicsDir: string): string | null {
  const fromCsv = JSON.stringify(readPublishedEstimates(economicsDir));
  const shipped = JSON.stringify(JSON.parse(readFileSync(join(economicsDir, ESTIMATES_JSON), 'utf8')));
  return fromCsv === shipped ? null : `${ESTIMATES_JSON} does not match ${ESTIMATES_CSV}: run npm run series`;
}

export function publishedEstimatesPlugin(economicsDir: string = ECONOMICS_DIR): Plugin {
  return {
    name: 'miner-margin-published-estimates',
    apply: 'build',
    buildStart() {
      this.addWatchFile(join(economicsDir, ESTIMATES_CSV));
      let reason: string | null;
      try {
        reason = staleEstimatesReason(economicsDir);
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      if (reason !== null) this.error(reason);
    },
  };
}
