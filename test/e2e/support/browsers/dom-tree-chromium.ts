// piercingTree for Chromium: CDP's DOM.getDocument with pierce: true includes closed shadow roots.
import type { Page } from 'playwright-core';
import type { DomNode } from './types';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function toDomNode(node: CdpNode): DomNode {
  const attributes: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let index = 0; index + 1 < list.length; index += 2) attributes[list[index]!] = list[index + 1]!;
  return {
    nodeType: node.nodeType,
    name: node.nodeType === 1 ? (node.localName ?? node.nodeName.toLowerCase()) : node.nodeName.toLowerCase(),
    value: node.nodeType === 3 ? node.nodeValue : null,
    attributes,
    children: [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(toDomNode),
  };
}

export async function chromiumPiercingTree(page: Page, tag: string): Promise<DomNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: DomNode[] = [];
    const visit = (node: CdpNode) => {
      if (node.nodeType === 1 && (node.localName ?? node.nodeName.toLowerCase()) === tag)
        found.push(toDomNode(node));
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
