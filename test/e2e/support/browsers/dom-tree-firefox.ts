// piercingTree for Firefox: WebDriver BiDi serialises nodes with closed shadow roots when asked for
// `includeShadowTree: "all"`. puppeteer-core doesn't expose that option, so this sends script.callFunction on
// its BiDi connection (puppeteer-core 25.16: Browser#connection, Frame#_id is the browsing context id).
import type { Page } from 'puppeteer-core';
import type { DomNode } from './types';

interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

interface BidiConnection {
  send(
    method: 'script.callFunction',
    params: object,
  ): Promise<{ result: { type: string; result?: BidiNode; exceptionDetails?: { text: string } } }>;
}

const NODE_NAMES: Record<number, string> = {
  3: '#text',
  8: '#comment',
  9: '#document',
  11: '#document-fragment',
};

function toDomNode(node: BidiNode): DomNode {
  const value = node.value!;
  return {
    nodeType: value.nodeType,
    name:
      value.nodeType === 1 ? (value.localName ?? '') : (NODE_NAMES[value.nodeType] ?? `#${value.nodeType}`),
    value: value.nodeType === 3 ? (value.nodeValue ?? '') : null,
    attributes: value.attributes ?? {},
    children: [...(value.shadowRoot ? [value.shadowRoot] : []), ...(value.children ?? [])].map(toDomNode),
  };
}

export async function firefoxPiercingTree(page: Page, tag: string): Promise<DomNode[]> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: '(tag) => [...document.querySelectorAll(tag)]',
    arguments: [{ type: 'string', value: tag }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 64, includeShadowTree: 'all' },
  });
  if (result.type === 'exception')
    throw new Error(result.exceptionDetails?.text ?? 'script.callFunction failed');
  const list = result.result as unknown as { value?: BidiNode[] } | undefined;
  return (list?.value ?? []).map(toDomNode);
}
