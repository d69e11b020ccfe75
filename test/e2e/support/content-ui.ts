import type { CDPSession, Page } from 'playwright-core';

// The content script's UI lives in a closed shadow root, so nothing is exposed to the page. Tests read it the
// way assistive technology and DevTools do: through the Chrome DevTools Protocol, which pierces closed roots.

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface ContentUi {
  /** Present in the page (the one host element). */
  hostCount: number;
  /** The tooltip is shown (no `hidden` attribute). */
  tooltipOpen: boolean;
  /** The tooltip's text, text nodes joined by " | ". */
  tooltipText: string;
  tooltipRole: string | null;
  /** The aria-live region's text. */
  announced: string;
  /** Centre of the tooltip's "How is this estimated?" button in viewport pixels, when shown. */
  explainButton: { x: number; y: number } | null;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function attribute(node: CdpNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let index = 0; index < list.length; index += 2) if (list[index] === name) return list[index + 1] ?? '';
  return null;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function texts(node: CdpNode): string[] {
  return [...walk(node)]
    .filter((entry) => entry.nodeType === 3 && entry.nodeValue.trim() !== '')
    .map((entry) => entry.nodeValue.trim());
}

/** Reads the content script's UI from the page through CDP. */
export async function readContentUi(page: Page): Promise<ContentUi> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const hosts = [...walk(root)].filter((node) => node.nodeName === 'MINER-MARGIN-UI');
  const host = hosts[0];
  const inside = host ? [...walk(host)] : [];
  const tooltip = inside.find((node) => attribute(node, 'id') === 'miner-margin-tooltip');
  const announcer = inside.find((node) => attribute(node, 'aria-live') !== null);
  const button = inside.find((node) => node.nodeName === 'BUTTON');
  let explainButton: ContentUi['explainButton'] = null;
  if (button && tooltip && attribute(tooltip, 'hidden') === null) {
    // The tooltip may have closed since the snapshot: then there is no box (and no button to report).
    const box = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId }).catch(() => null)) as {
      model: { content: number[] };
    } | null;
    if (box) {
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = box.model.content;
      explainButton = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    }
  }
  return {
    explainButton,
    hostCount: hosts.length,
    tooltipOpen: !!tooltip && attribute(tooltip, 'hidden') === null,
    tooltipText: tooltip ? texts(tooltip).join(' | ') : '',
    tooltipRole: tooltip ? attribute(tooltip, 'role') : null,
    announced: announcer
      ? texts(announcer)
          .join(' ')
          .replace(/\u00a0/g, '')
      : '',
  };
}

/** Polls the UI until `predicate` holds; returns the last reading. */
export async function waitForContentUi(
  page: Page,
  predicate: (ui: ContentUi) => boolean,
  timeoutMs = 5_000,
): Promise<ContentUi> {
  const until = Date.now() + timeoutMs;
  let ui = await readContentUi(page);
  while (!predicate(ui) && Date.now() < until) {
    await page.waitForTimeout(50);
    ui = await readContentUi(page);
  }
  return ui;
}

/** The page's element tree and text, without the extension's host: tag, attributes, text, recursively. */
export function serializePage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) out.push(`#${node.nodeValue ?? ''}`);
      else if (node instanceof Element) {
        if (node.localName === 'miner-margin-ui') return;
        const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
        out.push(`<${node.localName} ${attributes}>`);
        node.childNodes.forEach(visit);
        out.push(`</${node.localName}>`);
      }
    };
    visit(document.documentElement);
    return out.join('\n');
  });
}
