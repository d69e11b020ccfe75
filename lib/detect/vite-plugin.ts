// Build-time cue patterns: the Vite plugin serves lib/detect/cue-pattern-data.ts as the word groups built from the word
// lists, so neither the word lists nor the code that turns them into alternations reach the extension,
// and no page pays for building them. Registered in wxt.config.ts and vitest.config.ts (unit tests read what ships).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildCueWordGroups } from './cue-pattern-sources';

export const CUE_PATTERN_DATA_FILE = fileURLToPath(new URL('./cue-pattern-data.ts', import.meta.url));

/** `value` as a JavaScript literal: JSON, but with numbers as JavaScript writes them (`Infinity`, which JSON has not). */
function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, entry]) => `${JSON.stringify(key)}:${literal(entry)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The module served in place of cue-pattern-data.ts. */
export function cuePatternDataModule(groups = buildCueWordGroups()): string {
  return `export const CUE_WORD_GROUPS = ${literal(groups)};\nexport const CUE_WORD_GROUPS_PREBUILT = true;\n`;
}

export function cuePatternSourcesPlugin(): Plugin {
  return {
    name: 'miner-margin-cue-pattern-sources',
    enforce: 'pre',
    load(id) {
      return id.split('?')[0] === CUE_PATTERN_DATA_FILE ? cuePatternDataModule() : null;
    },
  };
}
