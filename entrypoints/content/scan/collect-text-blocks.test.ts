// @vitest-environment happy-dom
import { setMarkup } from '../test-markup';
import { beforeEach, describe, expect, test } from 'vitest';
import { collectTextBlocks, rangeInBlock, type RangeBounds } from './collect-text-blocks';

beforeEach(() => {
  document.body.replaceChildren();
});

function page(html: string): HTMLElement {
  // Test markup of our own, not page text.
  setMarkup(document.body, html);
  return document.body;
}

/** The text a (static) range, or the bounds one is made from, covers. */
function textOf(range: RangeBounds | AbstractRange | undefined): string | undefined {
  if (!range) return undefined;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

const texts = (root: Element) => [...collectTextBlocks(root)].map((block) => block.text);

describe('collectTextBlocks', () => {
  test('inline elements join their block’s text, so a split amount is one string', () => {
    expect(texts(page('<p>Bitcoin fell to $70,<b>000</b> on <a href="#">Thursday</a>.</p>'))).toEqual([
      'Bitcoin fell to $70,000 on Thursday.',
    ]);
  });

  test('block elements are separate blocks, read element by element', () => {
    expect(texts(page('<div>Price <p>$70,000</p> after</div><p>$1</p>'))).toEqual([
      'Price ',
      ' after',
      '$70,000',
      '$1',
    ]);
  });

  test('with a pre-filter, only blocks holding a text node that passes it are read, each whole', () => {
    const root = page(
      '<p>Bitcoin fell to <b>$70,000</b> on Thursday.</p><p>No amount here.</p>' +
        '<div>Intro <p>ether at 2,000 dollars</p> outro</div><ul><li>one</li><li>two $5</li></ul>',
    );
    const blocks = [...collectTextBlocks(root, { mayHold: (data) => /\$|dollar/.test(data) })];
    expect(blocks.map((block) => block.text)).toEqual([
      'Bitcoin fell to $70,000 on Thursday.',
      'ether at 2,000 dollars',
      'two $5',
    ]);
  });

  test('an element read whole is not read again for its later text nodes', () => {
    const root = page('<p>$1 and <i>$2</i> and <b>$3</b></p><p>$4</p>');
    expect(texts(root)).toEqual(['$1 and $2 and $3', '$4']);
  });

  test('text inside a skipped element inside a block does not make the block skipped', () => {
    const root = page('<p><span aria-hidden="true">$5</span> Bitcoin at $70,000</p>');
    expect(texts(root)).toEqual([' Bitcoin at $70,000']);
  });

  test('code, form fields, editable regions, aria-hidden and our UI are skipped', () => {
    const root = page(
      '<p>a</p><pre>$1</pre><code>$2</code><textarea>$3</textarea><div contenteditable="true">$4</div>' +
        '<span aria-hidden="true">$5</span><div role="textbox">$6</div><button>$7</button><miner-margin-ui>$8</miner-margin-ui><p>b</p>',
    );
    expect(texts(root).join('|')).not.toMatch(/\$\d/);
  });

  test('a skipped element or a line break inside a block leaves a gap, so words do not run together', () => {
    expect(texts(page('<p>price<br>$70,000 and <button>buy</button>more</p>'))).toEqual([
      'price\n$70,000 and \nmore',
    ]);
  });

  test('a huge text node is read in slices, each mapping back to the same node', () => {
    const root = page('<p></p>');
    root.querySelector('p')?.append('word '.repeat(30));
    const blocks = [...collectTextBlocks(root, { maxChars: 40 })];
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.map((block) => block.text).join('')).toBe('word '.repeat(30));
    const last = blocks.at(-1);
    if (!last) throw new Error('no block');
    const at = last.text.indexOf('word');
    const mapped = rangeInBlock(last, at, at + 4);
    expect(textOf(mapped?.bounds)).toBe('word');
    expect(mapped?.nodes).toEqual([root.querySelector('p')?.firstChild]);
  });
});

describe('rangeInBlock', () => {
  test('maps block offsets to the bounds of a StaticRange over the original text nodes', () => {
    const root = page('<p>Bitcoin fell to $70,<b>000</b> today.</p>');
    const [block] = [...collectTextBlocks(root)];
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('$70,000');
    const mapped = rangeInBlock(block, start, start + '$70,000'.length);
    if (!mapped) throw new Error('not mapped');
    expect(textOf(new StaticRange(mapped.bounds))).toBe('$70,000');
    expect(mapped.nodes.map((node) => node.data)).toEqual(['Bitcoin fell to $70,', '000']);
    expect(mapped.bounds.endContainer.parentElement?.localName).toBe('b');
  });

  test('reading text never changes the page', () => {
    const root = page('<p>Bitcoin fell to $70,<b>000</b> today.</p><div><span>$1</span></div>');
    const serialize = () => new XMLSerializer().serializeToString(root);
    const before = serialize();
    for (const block of collectTextBlocks(root)) rangeInBlock(block, 0, block.text.length);
    expect(serialize()).toBe(before);
  });
});

describe('collectTextBlocks from a start element (the viewport first)', () => {
  test('reads from the start element to the end, then from the top up to it, each block once', () => {
    setMarkup(document.body, '<p>a $1</p><div id="start"><p>b $2</p></div><p>c $3</p>');
    const start = document.getElementById('start');
    const texts = [
      ...collectTextBlocks(document.body, { startAt: start, mayHold: (data) => data.includes('$') }),
    ].map((block) => block.text);
    expect(texts).toEqual(['b $2', 'c $3', 'a $1']);
  });
});

describe('collectTextBlocks: where blocks leave document order', () => {
  /** The blocks' texts, with `|` where the scan said the next block does not follow in document order. */
  const withBreaks = (root: Element, startAt: Element | null = null) => {
    const out: string[] = [];
    const options = { startAt, onOrderBreak: () => out.push('|') };
    for (const block of collectTextBlocks(root, options)) out.push(block.text.trim());
    return out.join(' ');
  };

  test('a read from a start element breaks where it goes back to the top', () => {
    setMarkup(document.body, '<p>a</p><div id="start"><p>b</p></div><p>c</p>');
    expect(withBreaks(document.body, document.getElementById('start'))).toBe('b c | a');
  });

  test('an element’s text after a nested block comes before that block: breaks until the walk leaves it', () => {
    const root = page('<p>a</p><div>b <p>c</p> d <p>e</p> f</div><p>g</p><p>h</p>');
    // Between two breaks, every run is in document order: "a b d f" (the div's own text), then c and e alone.
    expect(withBreaks(root)).toBe('a b d f | c | e | g h');
  });

  test('plain pages have no break', () => {
    expect(withBreaks(page('<p>a</p><ul><li>b</li><li>c</li></ul><p>d <b>e</b></p>'))).toBe('a b c d e');
  });
});
