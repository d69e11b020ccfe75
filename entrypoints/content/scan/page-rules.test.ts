// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { setMarkup } from '../test-markup';
import { insideSkippedTest, isInsideSkipped } from './page-rules';

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.designMode = 'off';
  document.body.replaceChildren();
});

test('an element inside a skipped one is skipped, whatever was asked before about its ancestors', () => {
  setMarkup(
    document.body,
    '<div id="page"><pre><span id="code">$70,000</span></pre><p><span id="text">$70,000</span></p></div>',
  );
  const test = insideSkippedTest();
  expect(test(byId('text'))).toBe(false);
  expect(test(byId('code'))).toBe(true);
  expect(test(byId('page'))).toBe(false);
  expect(isInsideSkipped(byId('code'))).toBe(true);
  expect(isInsideSkipped(byId('text'))).toBe(false);
});

test('the walk stops at the given root (already checked by the caller)', () => {
  setMarkup(document.body, '<div contenteditable id="editor"><p id="inner">$70,000</p></div>');
  expect(insideSkippedTest(byId('inner'))(byId('inner'))).toBe(false);
  expect(insideSkippedTest()(byId('inner'))).toBe(true);
});

test('everything is skipped while the document is in designMode', () => {
  setMarkup(document.body, '<p id="text">$70,000</p>');
  document.designMode = 'on';
  expect(isInsideSkipped(byId('text'))).toBe(true);
});
