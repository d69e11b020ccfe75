// Reads and validates lib/economics/data/published-estimates.csv (Node only: the series CLI, the build check, tests).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePublishedEstimates, type PublishedEstimate } from '../published-estimates';

export const ESTIMATES_CSV = join('data', 'published-estimates.csv');
export const ESTIMATES_JSON = 'published-estimates.json';

export function readPublishedEstimates(economicsDir: string): PublishedEstimate[] {
  const path = join(economicsDir, ESTIMATES_CSV);
  return parsePublishedEstimates(readFileSync(path, 'utf8'), relative(process.cwd(), path));
}
