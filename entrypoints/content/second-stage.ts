// The content script comes in two stages. The first (./index.ts, the manifest's content script) runs on every
// matched page and frame and only checks whether the page holds a candidate amount; the second (the annotator:
// detector, marks, tooltip; entrypoints/annotator.ts) is injected by the background into that frame only when it
// does. Both run in the extension's isolated world, which the page cannot see: the second stage hands itself to
// the first through that world's global object.
import type { ToBackgroundMessage } from '@/lib/messages';
import type { storedSnapshot } from '@/lib/live/live-today';
import type { startPageAnnotator } from './page-annotator';

export interface SecondStage {
  startPageAnnotator: typeof startPageAnnotator;
  storedSnapshot: typeof storedSnapshot;
}

/** The isolated world's global where the second stage puts itself (the page's own globals are another world's). */
export const SECOND_STAGE_GLOBAL = 'minerMarginSecondStage';

const loaded = (): SecondStage | undefined =>
  (globalThis as { [SECOND_STAGE_GLOBAL]?: SecondStage })[SECOND_STAGE_GLOBAL];

/** Asks the background to inject the second stage into this frame (once per frame), and returns it. */
export async function loadSecondStage(
  send: (message: ToBackgroundMessage) => Promise<unknown>,
): Promise<SecondStage> {
  const known = loaded();
  if (known) return known;
  const answer = await send({ type: 'load-annotator' });
  const stage = loaded();
  if (!stage) throw new Error(`the annotator did not load${typeof answer === 'string' ? `: ${answer}` : ''}`);
  return stage;
}
