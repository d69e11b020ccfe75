/**
 * The word groups the cue patterns are compiled from. Builds and unit tests do not run this file: `vite-plugin.ts`
 * serves the finished groups in its place, built at build time, so a page neither evaluates the word lists nor
 * builds alternations from them. Scripts run outside Vite (tsx: `npm run eval:detect`, the benches) build them here,
 * the same way.
 */
import { buildCueWordGroups, type CueWordGroup } from './cue-pattern-sources';

export const CUE_WORD_GROUPS: readonly CueWordGroup[] = buildCueWordGroups();

/** True when the groups were served built (by the Vite plugin), false when built here. */
export const CUE_WORD_GROUPS_PREBUILT: boolean = false;
