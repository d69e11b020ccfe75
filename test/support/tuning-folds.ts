// The tuning split's folds, shared by `eval:folds` and the kind-model experiment (`lib/detect/scripts/`). Reads the
// tuning split only.
import { loadRealSnippets, splitOf, type RealSnippet } from './generalization-corpus';

export function foldOf(snippet: RealSnippet): string {
  return snippet.batch.startsWith('tune-') ? snippet.batch.replace(/\.json$/, '') : 'orig';
}

export const tuningSnippets = loadRealSnippets().filter((snippet) => splitOf(snippet) === 'tune');
/** `orig`, then the `tune-*` batches present, in file-name order. */
export const FOLDS = [
  'orig',
  ...[...new Set(tuningSnippets.map(foldOf))].filter((fold) => fold !== 'orig').sort(),
];
