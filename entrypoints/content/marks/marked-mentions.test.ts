// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createRangeMeasurer } from './live-range';
import type { MentionMarker } from './mark-mentions';
import { createMarkedMentions, type MarkedMention } from './marked-mentions';
import { setMarkup } from '../test-markup';

const marker: MentionMarker = {
  addMany: () => undefined,
  replaceAll: () => undefined,
  remove: () => undefined,
  showKinds: () => undefined,
  clear: () => undefined,
};

function mentionsOver(texts: Text[]): MarkedMention[] {
  return texts.map((node) => {
    const bounds = { startContainer: node, startOffset: 0, endContainer: node, endOffset: 1 };
    return {
      bounds,
      range: new StaticRange(bounds),
      nodes: [node],
      text: node.data.slice(0, 1),
      usd: 70_000,
      kind: 'btc-price',
      context: node.data,
      outsideArticle: false,
    };
  });
}

describe('marked mentions in document order', () => {
  const setUp = () => {
    setMarkup(document.body, '<p>a</p><p>b</p><p>c</p><p>d</p>');
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const marked = createMarkedMentions(
      marker,
      () => new Set(['btc-price'] as const),
      () => 800,
      createRangeMeasurer(document),
    );
    return { marked, mentions: mentionsOver(texts) };
  };
  const order = (list: MarkedMention[]) => list.map((mention) => mention.context).join('');

  test('added in document order (a scan): kept as added', () => {
    const { marked, mentions } = setUp();
    for (const mention of mentions) marked.add(mention);
    expect(order(marked.inOrder())).toBe('abcd');
  });

  test('added out of order (a later rescan), each its own run: sorted by position in the page', () => {
    const { marked, mentions } = setUp();
    for (const index of [2, 0, 3, 1]) {
      marked.add(mentions[index]!);
      marked.endRun();
    }
    expect(order(marked.inOrder())).toBe('abcd');
  });

  test('a run in document order that goes before the known ones (a pass opened mid-page): put in place whole', () => {
    const { marked, mentions } = setUp();
    for (const index of [2, 3]) marked.add(mentions[index]!);
    marked.endRun();
    for (const index of [0, 1]) marked.add(mentions[index]!);
    marked.endRun();
    expect(order(marked.inOrder())).toBe('abcd');
    expect(order(marked.all())).toBe('abcd');
  });

  test('a run with known mentions among its own (a rescan between two slices): each put in place', () => {
    const { marked, mentions } = setUp();
    marked.add(mentions[1]!);
    marked.endRun();
    for (const index of [0, 2, 3]) marked.add(mentions[index]!);
    expect(order(marked.inOrder())).toBe('abcd');
  });

  test('the order is read with a run not ended: the run is put in place first', () => {
    const { marked, mentions } = setUp();
    for (const index of [2, 3]) marked.add(mentions[index]!);
    marked.endRun();
    marked.add(mentions[0]!);
    expect(order(marked.inOrder())).toBe('acd');
    marked.add(mentions[1]!);
    marked.remove(mentions[2]!);
    expect(order(marked.all())).toBe('abd');
  });
});

describe('marked mentions as the page changes', () => {
  test('removeWithin drops the mentions inside the roots and those whose text left the page; counts follow', () => {
    setMarkup(document.body, '<p>a</p><p>b</p><p>c</p>');
    const [first, second, third] = [...document.querySelectorAll('p')];
    const texts = [first, second, third].map((p) => p!.firstChild as Text);
    const marked = createMarkedMentions(
      marker,
      () => new Set(['btc-price'] as const),
      () => 800,
      createRangeMeasurer(document),
    );
    for (const mention of mentionsOver(texts)) marked.add(mention);
    expect(marked.count('btc-price')).toBe(3);
    third!.remove();
    marked.removeWithin([first!]);
    expect(marked.inOrder().map((mention) => mention.context)).toEqual(['b']);
    expect(marked.count('btc-price')).toBe(1);
    expect(marked.size).toBe(1);
  });
});

describe('marked mentions on a page with thousands', () => {
  test('a StaticRange is made only for the mentions registered with the highlights', () => {
    setMarkup(document.body, '<p>a</p>'.repeat(1_200));
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    let made = 0;
    const registered = new Set<AbstractRange>();
    const counting: MentionMarker = {
      ...marker,
      addMany: (_kind, ranges) => void [...ranges].forEach((range) => registered.add(range)),
      replaceAll: (entries) => {
        registered.clear();
        for (const { range } of entries) registered.add(range);
      },
    };
    const marked = createMarkedMentions(
      counting,
      () => new Set(['btc-price'] as const),
      () => 800,
      createRangeMeasurer(document),
    );
    for (const mention of mentionsOver(texts)) {
      let range: StaticRange | undefined;
      marked.add({
        ...mention,
        get range() {
          if (!range) made++;
          return (range ??= new StaticRange(mention.bounds));
        },
      });
    }
    marked.endRun();
    marked.commit();
    expect(registered.size).toBe(1_000);
    expect(made).toBe(registered.size);
  });
});
