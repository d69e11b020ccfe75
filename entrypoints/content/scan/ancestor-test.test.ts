// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { setMarkup } from '../test-markup';
import { cachedAncestorTest } from './ancestor-test';

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => document.body.replaceChildren());

test('answers whether the element or an ancestor matches, testing each shared ancestor once', () => {
  setMarkup(
    document.body,
    '<aside id="aside"><div id="box"><p id="a">a</p><p id="b">b</p></div></aside><main id="main"><p id="c">c</p></main>',
  );
  const tested: string[] = [];
  const insideAside = cachedAncestorTest((element) => {
    tested.push(element.id || element.localName);
    return element.localName === 'aside';
  });
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
  const known = new Map([[byId('root'), false]]);
  expect(cachedAncestorTest(matchesAside, { known })(byId('p'))).toBe(false);
  expect(known.get(byId('p'))).toBe(false);
});
