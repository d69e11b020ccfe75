// The content script comes in two stages. The first (./index.ts, the manifest's content script) runs on every
// matched page and frame and only checks whether the page holds a candidate amount; the second (the annotator:
// detector, marks, tooltip; entrypoints/annotator.ts) is loaded into that frame only when it does. Both run in the
// extension's isolated world, which the page cannot see: the second stage hands itself to the first through that
// world's global object.
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

/**
 * The second stage's file in the build (WXT names an unlisted script after its entrypoint), as the background injects
 * it and Chromium's first stage imports it.
 */
export const SECOND_STAGE_FILE = '/annotator.js' as const;

/**
 * The extension file's URL (`runtime.getURL`; passed in: this module is in the second stage too, which must not
 * bundle the extension API for it).
 */
type FileUrl = (file: typeof SECOND_STAGE_FILE) => string;

/**
 * Chromium: the first stage imports the second stage's file itself (a web-accessible resource, wxt.config.ts). V8
 * compiles an imported file while it streams in, off the page's main thread; a file the background injects is
 * compiled on the main thread (the annotator: 9–10 ms of each new tab's main thread, with no code cache). The
 * import runs the file in the importing content script's world. Undefined where the import is not used (Firefox
 * keeps the background's injection) or failed (then the background injects it).
 */
async function importedSecondStage(urlOf: FileUrl): Promise<SecondStage | undefined> {
  if (import.meta.env.FIREFOX) return undefined;
  try {
    await import(/* @vite-ignore */ urlOf(SECOND_STAGE_FILE));
  } catch {
    return undefined;
  }
  return loaded();
}

/** Loads the second stage into this frame (once per frame), and returns it. */
export async function loadSecondStage(
  send: (message: ToBackgroundMessage) => Promise<unknown>,
  urlOf: FileUrl,
): Promise<SecondStage> {
  const known = loaded() ?? (await importedSecondStage(urlOf));
  if (known) return known;
  // Asks the background to inject it (Firefox; or where the import failed).
  const answer = await send({ type: 'load-annotator' });
  const stage = loaded();
  if (!stage) throw new Error(`the annotator did not load${typeof answer === 'string' ? `: ${answer}` : ''}`);
  return stage;
}
