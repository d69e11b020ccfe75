// The content script's UI (a closed shadow root on <miner-margin-ui>), read in any browser through piercingTree.
import type { DomNode, E2EPage } from './types';

export interface ContentUi {
  /** How many host elements the page has (should be one). */
  hostCount: number;
  tooltipOpen: boolean;
  /** The tooltip's text nodes, trimmed, joined by " | ". */
  tooltipText: string;
  tooltipRole: string | null;
  /** The aria-live region's text. */
  announced: string;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

const texts = (node: DomNode) =>
  [...walk(node)].flatMap((entry) =>
    entry.nodeType === 3 && entry.value?.trim() ? [entry.value.trim()] : [],
  );

export async function readContentUi(page: E2EPage): Promise<ContentUi> {
  const hosts = await page.piercingTree('miner-margin-ui');
  const inside = hosts[0] ? [...walk(hosts[0])] : [];
  const tooltip = inside.find((node) => node.attributes.id === 'miner-margin-tooltip');
  const announcer = inside.find((node) => 'aria-live' in node.attributes);
  return {
    hostCount: hosts.length,
    tooltipOpen: !!tooltip && !('hidden' in tooltip.attributes),
    tooltipText: tooltip ? texts(tooltip).join(' | ') : '',
    tooltipRole: tooltip?.attributes.role ?? null,
    announced: announcer
      ? texts(announcer)
          .join(' ')
          .replace(/\u00a0/g, '')
      : '',
  };
}

/** Polls the UI until `predicate` holds; returns the last reading. */
export async function waitForContentUi(
  page: E2EPage,
  predicate: (ui: ContentUi) => boolean,
  timeoutMs = 5_000,
): Promise<ContentUi> {
  const until = Date.now() + timeoutMs;
  let ui = await readContentUi(page);
  while (!predicate(ui) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    ui = await readContentUi(page);
  }
  return ui;
}
