// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { holdsCandidateAmount, watchForCandidateAmount } from './candidate-amount';
import { setMarkup } from './test-markup';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('holdsCandidateAmount', () => {
  test('yes for a currency sign or word in the text the scan reads, wherever it is', () => {
    setMarkup(
      document.body,
      '<article><p>Miners sold.</p><ul><li>Price: <b>70,000</b> dollars</li></ul></article>',
    );
    expect(holdsCandidateAmount(document.body)).toBe(true);
    setMarkup(document.body, '<p>Bitcoin at <span>€</span>60k</p>');
    expect(holdsCandidateAmount(document.body)).toBe(true);
  });

  test('no for text without one, and for a sign only in scripts, styles or a textarea', () => {
    setMarkup(
      document.body,
      '<article><h1>Hashrate climbs</h1><p>Difficulty rose 4 % this week.</p></article>',
    );
    expect(holdsCandidateAmount(document.body)).toBe(false);
    setMarkup(
      document.body,
      '<p>Hashrate climbs</p><script>var $ = 1;</script><style>a::before { content: "$"; }</style><textarea>$5</textarea>',
    );
    expect(holdsCandidateAmount(document.body)).toBe(false);
  });

  test('reads a text node on its own', () => {
    expect(holdsCandidateAmount(document.createTextNode('up to $71,200'))).toBe(true);
    expect(holdsCandidateAmount(document.createTextNode('up 3 %'))).toBe(false);
  });
});

/** A shadow root of `mode` on `host`, holding a paragraph of `text`. */
function shadowParagraph(host: Element, text: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  root.append(paragraph);
  return root;
}

describe('holdsCandidateAmount in shadow trees', () => {
  test('an amount only in an open shadow root, nested ones too, is a candidate; in a closed root it is not', () => {
    setMarkup(document.body, '<article><h1>Hashrate climbs</h1><story-body></story-body></article>');
    const story = document.querySelector('story-body')!;
    const root = shadowParagraph(story, 'Miners sold.');
    expect(holdsCandidateAmount(document.body)).toBe(false);
    const quote = document.createElement('pull-quote');
    root.append(quote);
    shadowParagraph(quote, 'At $68,900 we switch off.');
    expect(holdsCandidateAmount(document.body)).toBe(true);

    setMarkup(document.body, '<closed-card></closed-card>');
    shadowParagraph(document.querySelector('closed-card')!, 'Bitcoin at $70,200', 'closed');
    expect(holdsCandidateAmount(document.body)).toBe(false);
  });
});

describe('watchForCandidateAmount', () => {
  test('an open shadow root met at the first look, or added with new content, is watched too', async () => {
    setMarkup(document.body, '<x-ticker></x-ticker><main></main>');
    const ticker = shadowParagraph(document.querySelector('x-ticker')!, 'loading');
    const shadowRoots: ShadowRoot[] = [];
    expect(holdsCandidateAmount(document.body, shadowRoots)).toBe(false);
    expect(shadowRoots).toEqual([ticker]);
    let calls = 0;
    const stop = watchForCandidateAmount(document.documentElement, () => calls++, shadowRoots);
    (ticker.querySelector('p')!.firstChild as Text).data = 'BTC $70,250';
    await settle();
    expect(calls).toBe(1);
    stop();

    setMarkup(document.body, '<main></main>');
    let later = 0;
    const stopLater = watchForCandidateAmount(document.documentElement, () => later++);
    const card = document.createElement('x-card');
    const cardRoot = shadowParagraph(card, 'loading');
    document.querySelector('main')!.append(card);
    await settle();
    expect(later).toBe(0);
    cardRoot.querySelector('p')!.append(' now $70,300');
    await settle();
    expect(later).toBe(1);
    stopLater();
  });

  test('calls back once, when content with a candidate amount is added, and not before', async () => {
    setMarkup(document.body, '<main><p id="feed">Hashrate climbs</p></main>');
    let calls = 0;
    watchForCandidateAmount(document.documentElement, () => calls++);
    const feed = document.getElementById('feed') as HTMLElement;
    feed.append(document.createElement('p'));
    feed.append(document.createTextNode(' and difficulty too'));
    await settle();
    expect(calls).toBe(0);
    const item = document.createElement('p');
    item.textContent = 'BTC trades at $70,100';
    document.querySelector('main')?.append(item);
    await settle();
    expect(calls).toBe(1);
    item.append(document.createTextNode(' (up from $69,000)'));
    await settle();
    expect(calls).toBe(1);
  });

  test('a text node rewritten in place to hold an amount (a ticker) counts; stopping ends the watch', async () => {
    setMarkup(document.body, '<span id="price">loading</span><span id="other">…</span>');
    let calls = 0;
    const stop = watchForCandidateAmount(document.documentElement, () => calls++);
    const price = document.getElementById('price')?.firstChild as Text;
    price.data = '$70,250';
    await settle();
    expect(calls).toBe(1);

    setMarkup(document.body, '<span id="price">loading</span>');
    let later = 0;
    const stopLater = watchForCandidateAmount(document.documentElement, () => later++);
    stopLater();
    (document.getElementById('price')?.firstChild as Text).data = '$70,300';
    await settle();
    expect(later).toBe(0);
    stop();
  });

  test('a custom element defined after the first look, with an amount in its open root, counts', async () => {
    setMarkup(document.body, '<p>Hashrate climbs</p><late-card></late-card>');
    expect(holdsCandidateAmount(document.body)).toBe(false);
    let calls = 0;
    const stop = watchForCandidateAmount(document.documentElement, () => calls++);
    customElements.define(
      'late-card',
      class extends HTMLElement {
        connectedCallback() {
          const paragraph = document.createElement('p');
          paragraph.textContent = 'BTC $69,900';
          this.attachShadow({ mode: 'open' }).append(paragraph);
        }
      },
    );
    customElements.upgrade(document.body);
    await settle(50);
    expect(calls).toBe(0); // no mutation reports an upgrade: the next look comes after 100 ms
    await settle(150);
    expect(calls).toBe(1);
    stop();
  });
});
