// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { setMarkup } from '../test-markup';
import { cachedAncestorTest, cachedClosest } from './ancestor-test';

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => document.body.replaceChildren());

/** An aside and a main with paragraphs, and a cached test for "inside the aside" that records each element it tests. */
function asideTestOnMarkup() {
  setMarkup(
    document.body,
    '<aside id="aside"><div id="box"><p id="a">a</p><p id="b">b</p></div></aside><main id="main"><p id="c">c</p></main>',
  );
  const tested: string[] = [];
  const insideAside = cachedAncestorTest((element) => {
    tested.push(element.id || element.localName);
    return element.localName === 'aside';
  });
  return { insideAside, tested };
}

test('answers whether the element or an ancestor matches, testing each shared ancestor once', () => {
  const { insideAside, tested } = asideTestOnMarkup();
  expect(insideAside(byId('a'))).toBe(true);
  expect(insideAside(byId('b'))).toBe(true);
  expect(insideAside(byId('c'))).toBe(false);
  expect(insideAside(byId('main'))).toBe(false);
  // b's container and the aside were answered for a; main's ancestors for c.
  expect(tested).toEqual(['a', 'box', 'aside', 'b', 'c', 'main', 'body', 'html']);
});

test('stops after stopAt, and where a known answer is given', () => {
  setMarkup(document.body, '<aside><div id="root"><p id="p">p</p></div></aside>');
  const matchesAside = (element: Element) => element.localName === 'aside';
  expect(cachedAncestorTest(matchesAside)(byId('p'))).toBe(true);
  expect(cachedAncestorTest(matchesAside, { stopAt: byId('root') })(byId('p'))).toBe(false);
  expect(cachedAncestorTest(matchesAside, { known: [byId('root'), null] })(byId('p'))).toBe(false);
});

test('keeps the answers of the last element asked and its ancestors only, not of every element met', () => {
  const { insideAside, tested } = asideTestOnMarkup();
  expect(insideAside(byId('a'))).toBe(true);
  expect(insideAside(byId('c'))).toBe(false);
  // Asked again after the walk went elsewhere: a's container and the aside are tested again.
  expect(insideAside(byId('b'))).toBe(true);
  expect(tested).toEqual(['a', 'box', 'aside', 'c', 'main', 'body', 'html', 'b', 'box', 'aside']);
});

test('cachedClosest gives the nearest matching ancestor, as closest does, from its cache too', () => {
  setMarkup(
    document.body,
    '<aside id="outer"><section id="inner"><p id="a">a</p><p id="b">b</p></section></aside>',
  );
  const closestSection = cachedClosest(
    (element) => element.localName === 'section' || element.localName === 'aside',
  );
  expect(closestSection(byId('a'))).toBe(byId('inner'));
  expect(closestSection(byId('b'))).toBe(byId('inner'));
  expect(closestSection(byId('outer'))).toBe(byId('outer'));
  expect(closestSection(document.body)).toBeNull();
});
