// The content script's second stage (see entrypoints/content/second-stage.ts): the background injects this file
// into a frame whose first stage found a candidate amount. It only hands the annotator to the first stage.
import { storedSnapshot } from '@/lib/live/live-today';
import { startPageAnnotator } from './content/page-annotator';
import { SECOND_STAGE_GLOBAL, type SecondStage } from './content/second-stage';

export default defineUnlistedScript(() => {
  const stage: SecondStage = { startPageAnnotator, storedSnapshot };
  (globalThis as Record<string, unknown>)[SECOND_STAGE_GLOBAL] = stage;
});
