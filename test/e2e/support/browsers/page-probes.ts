// What the content script did, read from the page in any browser: CSS.highlights, its scan measure, the DOM.
import { SCAN_MEASURE } from '../highlights';
import { readBodyTextInPage, readMarksInPage } from '../in-page-readers';
import type { E2EPage, Rect } from './types';

export const PRICE_HIGHLIGHT = 'miner-margin-btc-price';

/** Waits for the content script's first full pass (`miner-margin:scan` measure); false when it never came. */
export function waitForScan(page: E2EPage, timeoutMs = 10_000): Promise<boolean> {
  return page.waitFor((name) => performance.getEntriesByName(name).length > 0, SCAN_MEASURE, timeoutMs);
}

/** How many `miner-margin:scan` measures the page has (one per full pass). */
export function scanCount(page: E2EPage): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name).length, SCAN_MEASURE);
}

/** The text of every range in the named highlight, in document order (empty when absent). */
export async function highlightTexts(page: E2EPage, name = PRICE_HIGHLIGHT): Promise<string[]> {
  return (await page.evaluate(readMarksInPage, { name })).map((mark) => mark.text);
}

/** Viewport rectangle of the first range (document order) of the named highlight inside `within`, or null. */
export async function firstHighlightRect(
  page: E2EPage,
  name = PRICE_HIGHLIGHT,
  within = 'body',
): Promise<Rect | null> {
  const marks = await page.evaluate(readMarksInPage, { name, within, scrollFirstIntoView: true });
  return marks[0]?.rect ?? null;
}

/** The page's text as a reader sees it in the DOM: text nodes of the body outside script and style. */
export function bodyText(page: E2EPage): Promise<string> {
  return page.evaluate(readBodyTextInPage, undefined);
}

/**
 * Whether the body the browser shows is exactly the body of the page as served (fetched again and parsed, never
 * run): the content script must mark with highlights, not by changing the page's nodes. Null when the two trees
 * match node for node (names, attributes, text), else where they first differ.
 */
export function bodyChangedFromSource(page: E2EPage): Promise<string | null> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(source, 'text/html').body;
    const describe = (node: Node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? `<${node.nodeName.toLowerCase()} ${[...(node as Element).attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`
        : `${node.nodeName} ${JSON.stringify(node.nodeValue)}`;
    const compare = (a: Node, b: Node, path: string): string | null => {
      if (describe(a) !== describe(b)) return `${path}: served ${describe(a)}, shown ${describe(b)}`;
      // DOMParser parses <noscript> content as elements (scripting off); a live page with scripting on keeps it
      // as one text node. Neither is ours to mark, so only the element itself is compared.
      if (a.nodeName === 'NOSCRIPT') return null;
      const left = [...a.childNodes];
      const right = [...b.childNodes];
      for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
        const x = left[i];
        const y = right[i];
        if (!x || !y) return `${path}: served ${left.length} children, shown ${right.length}`;
        const difference = compare(x, y, `${path} > ${x.nodeName.toLowerCase()}[${i}]`);
        if (difference) return difference;
      }
      return null;
    };
    return compare(served, document.body, 'body');
  }, undefined);
}

/** Viewport centre of the checkbox inside the `<label>` whose text contains `labelText` (scrolled into view). */
export function checkboxCenter(page: E2EPage, labelText: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((text) => {
    const label = [...document.querySelectorAll('label')].find((element) =>
      element.textContent?.includes(text),
    );
    const input = label?.querySelector('input[type="checkbox"]');
    if (!input) return null;
    input.scrollIntoView({ block: 'center' });
    const rect = input.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, labelText);
}

/** Viewport centre of the first element matching `selector` whose text contains `text` (scrolled into view). */
export function elementCenter(
  page: E2EPage,
  selector: string,
  text = '',
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([css, words]) => {
      const element = [...document.querySelectorAll(css)].find((candidate) =>
        candidate.textContent?.includes(words),
      );
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    [selector, text] as const,
  );
}
