// @vitest-environment happy-dom
// Open shadow roots: read where their host is met, watched for changes, followed out through their hosts.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { setMarkup } from '../test-markup';
import { collectTextBlocks } from './collect-text-blocks';
import { composedContains, hostOf } from './shadow-roots';
import { watchUpgrades } from './upgrade-watch';
import { outermostRoots, watchMutations } from './watch-mutations';

beforeEach(() => {
  document.body.replaceChildren();
});

/** An open (or closed) shadow root on the element matching `selector`, holding `html`. */
function attach(selector: string, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const host = document.querySelector(selector)!;
  const root = host.attachShadow({ mode });
  const holder = document.createElement('div');
  setMarkup(holder, html);
  root.append(...holder.childNodes);
  return root;
}

/** A shadow root inside another one, on its element matching `selector`. */
function attachInside(outer: ShadowRoot, selector: string, html: string): ShadowRoot {
  const root = outer.querySelector(selector)!.attachShadow({ mode: 'open' });
  const holder = document.createElement('div');
  setMarkup(holder, html);
  root.append(...holder.childNodes);
  return root;
}

const texts = (root: Element | ShadowRoot, options = {}) =>
  [...collectTextBlocks(root, options)].map((block) => block.text);

describe('collectTextBlocks in shadow trees', () => {
  function page() {
    setMarkup(
      document.body,
      '<p>Before</p><story-body><p slot="lede">Lede $1</p></story-body><closed-card></closed-card><p>After</p>',
    );
    const story = attach('story-body', '<slot name="lede"></slot><p>Body $2</p><pull-quote></pull-quote>');
    const quote = attachInside(story, 'pull-quote', '<blockquote>Quote $3</blockquote>');
    attach('closed-card', '<p>Closed $4</p>', 'closed');
    return { story, quote };
  }

  test('an open root is read where its host is met, nested roots too; slotted text once, as light DOM', () => {
    page();
    expect(texts(document.body)).toEqual(['Before', 'Body $2', 'Quote $3', 'Lede $1', 'After']);
  });

  test('a closed root is not read', () => {
    page();
    expect(texts(document.body).join(' ')).not.toContain('Closed');
  });

  test('each open root read is handed over (to be watched), nested ones included', () => {
    const { story, quote } = page();
    const roots: ShadowRoot[] = [];
    texts(document.body, { onShadowRoot: (root: ShadowRoot) => roots.push(root) });
    expect(roots).toEqual([story, quote]);
  });

  test('a host that is the scanned root has its own shadow tree read; a shadow root can be the scanned root', () => {
    const { story, quote } = page();
    expect(texts(document.querySelector('story-body')!)).toEqual(['Body $2', 'Quote $3', 'Lede $1']);
    expect(texts(story)).toEqual(['Body $2', 'Quote $3']);
    expect(texts(quote)).toEqual(['Quote $3']);
  });

  test('mayHold filters shadow-tree text as it does light DOM', () => {
    page();
    expect(texts(document.body, { mayHold: (data: string) => data.includes('$') })).toEqual([
      'Body $2',
      'Quote $3',
      'Lede $1',
    ]);
  });

  test('a host inside a skipped element (editable, hidden from assistive technology) is not entered', () => {
    setMarkup(
      document.body,
      '<div contenteditable><x-card id="a"></x-card></div><x-card id="b" aria-hidden="true"></x-card>',
    );
    attach('#a', '<p>Editable $1</p>');
    attach('#b', '<p>Hidden $2</p>');
    const roots: ShadowRoot[] = [];
    expect(texts(document.body, { onShadowRoot: (root: ShadowRoot) => roots.push(root) })).toEqual([]);
    expect(roots).toEqual([]);
  });

  test('text directly in a shadow root, with no element around it, is not read', () => {
    setMarkup(document.body, '<x-ticker></x-ticker>');
    attach('x-ticker', 'BTC $70,000');
    expect(texts(document.body)).toEqual([]);
  });

  test('custom elements not defined yet are handed over (they may attach a root when upgraded)', () => {
    setMarkup(
      document.body,
      '<later-ticker></later-ticker><p>Text <later-badge></later-badge></p><div></div>',
    );
    const undefinedOnes: string[] = [];
    texts(document.body, { onUndefined: (element: Element) => undefinedOnes.push(element.localName) });
    expect(undefinedOnes).toEqual(['later-ticker', 'later-badge']);
  });

  test('one inside a shadow tree is handed over too; one that has its root already is read, not handed over', () => {
    setMarkup(document.body, '<x-card></x-card><pending-widget></pending-widget>');
    attach('x-card', '<p>In the card <later-chip></later-chip></p>');
    attach('pending-widget', '<p>Widget text</p>');
    const undefinedOnes: string[] = [];
    const read = texts(document.body, {
      onUndefined: (element: Element) => undefinedOnes.push(element.localName),
    });
    expect(undefinedOnes).toEqual(['later-chip']);
    expect(read).toEqual(['In the card ', 'Widget text']);
  });
});

describe('following a node out of its shadow tree', () => {
  test('hostOf gives the host of a shadow root or of its direct children; composedContains crosses hosts', () => {
    setMarkup(document.body, '<article><story-body></story-body></article><aside></aside>');
    const story = attach('story-body', '<p>Body</p>');
    const quote = attachInside(story, 'p', '<span>Quote</span>');
    const span = quote.querySelector('span')!;
    expect(hostOf(story)).toBe(document.querySelector('story-body'));
    expect(hostOf(span)).toBe(story.querySelector('p'));
    expect(hostOf(document.querySelector('article')!)).toBeNull();
    expect(composedContains(document.querySelector('article')!, span.firstChild!)).toBe(true);
    expect(composedContains(document.querySelector('aside')!, span)).toBe(false);
  });

  test('outermostRoots drops a shadow-tree root whose host (or an ancestor of it) is a root too', () => {
    setMarkup(document.body, '<article><story-body></story-body></article><aside><p>x</p></aside>');
    const story = attach('story-body', '<p>Body</p>');
    const inside = story.querySelector('p')!;
    const article = document.querySelector('article')!;
    const aside = document.querySelector('aside')!;
    expect(outermostRoots([inside, article])).toEqual([article]);
    expect(outermostRoots([inside, aside])).toEqual([inside, aside]);
  });
});

describe('watching shadow roots for changes', () => {
  function watch() {
    setMarkup(document.body, '<x-ticker></x-ticker><p>Light</p>');
    const host = document.querySelector('x-ticker')!;
    const root = attach('x-ticker', '<span>BTC $70,000</span><p>More</p>');
    const dirty: Element[][] = [];
    const changed: Element[][] = [];
    const watcher = watchMutations(document.documentElement, {
      isOwnNode: () => false,
      onDirty: (roots) => dirty.push(roots),
      onTextChanged: (roots) => changed.push(roots),
      schedule: (flush) => setTimeout(flush, 0),
      scheduleBeforePaint: (flush) => setTimeout(flush, 0),
    });
    return { host, root, watcher, dirty, changed };
  }

  test('the document observer does not see into a shadow root; once observed, its changes are reported', async () => {
    const { root, watcher, dirty, changed } = watch();
    const price = root.querySelector('span')!.firstChild as Text;
    price.data = 'BTC $70,100';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...dirty, ...changed]).toEqual([]);

    watcher.observe(root);
    price.data = 'BTC $70,200';
    root.querySelector('p')!.append(' again');
    // In-place text is re-read before the next paint (its block: the span, at the top of the shadow tree);
    // an added child waits for idle time.
    await vi.waitFor(() => expect(changed).toEqual([[root.querySelector('span')]]));
    await vi.waitFor(() => expect(dirty).toEqual([[root.querySelector('p')]]));
    watcher.disconnect();
  });

  test('a change to the shadow root’s own children makes its host dirty', async () => {
    const { host, root, watcher, dirty } = watch();
    watcher.observe(root);
    root.append(document.createElement('p'));
    await vi.waitFor(() => expect(dirty).toEqual([[host]]));
    watcher.disconnect();
  });
});

describe('custom elements upgraded after the scan', () => {
  test('are looked at again until defined; those with an open root then are handed over', () => {
    vi.useFakeTimers();
    try {
      setMarkup(
        document.body,
        '<late-ticker></late-ticker><late-plain></late-plain><late-never></late-never>',
      );
      const upgraded: string[][] = [];
      let timers = 0;
      const add = watchUpgrades({
        setTimeout: (handler, ms) => {
          timers++;
          return setTimeout(handler, ms) as unknown as number;
        },
        onUpgraded: (hosts) => upgraded.push(hosts.map((host) => host.localName)),
      });
      for (const element of document.body.children) add(element);
      expect(timers).toBe(1);
      vi.advanceTimersByTime(500);
      expect(upgraded).toEqual([]);

      customElements.define(
        'late-ticker',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' });
          }
        },
      );
      customElements.define('late-plain', class extends HTMLElement {});
      vi.advanceTimersByTime(5_000);
      expect(upgraded).toEqual([['late-ticker']]);

      // One never defined keeps being looked at, no more often than every few seconds; once gone, no more.
      // (late-plain is too in happy-dom, whose :defined stays false after an upgrade; a browser drops it.)
      const before = timers;
      vi.advanceTimersByTime(10_000);
      expect(timers - before).toBeGreaterThan(0);
      expect(timers - before).toBeLessThanOrEqual(4);
      document.querySelector('late-never')!.remove();
      document.querySelector('late-plain')!.remove();
      vi.advanceTimersByTime(10_000);
      const after = timers;
      vi.advanceTimersByTime(60_000);
      expect(timers).toBe(after);
    } finally {
      vi.useRealTimers();
    }
  });
});
