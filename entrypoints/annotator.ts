// The content script's second stage (see entrypoints/content/second-stage.ts): loaded into a frame whose first stage
// found a candidate amount (imported by it in Chromium, injected by the background in Firefox). It only hands the
// annotator to the first stage.
import { storedSnapshot } from '@/lib/live/live-today';
import { startPageAnnotator } from './content/page-annotator';
import { SECOND_STAGE_GLOBAL, type SecondStage } from './content/second-stage';

export default defineUnlistedScript(() => {
  const stage: SecondStage = { startPageAnnotator, storedSnapshot };
  (globalThis as Record<string, unknown>)[SECOND_STAGE_GLOBAL] = stage;
});
