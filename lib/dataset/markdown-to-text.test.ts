import { describe, expect, test } from 'vitest';
import { inlineMarkdownToText, markdownBlocksToText } from './markdown-to-text';

describe('inlineMarkdownToText', () => {
  test.each([
    ['a [link](https://example.org) here', 'a link here'],
    ['**bold** and *italic* and _also_', 'bold and italic and also'],
    ['`code` stays as text', 'code stays as text'],
    ['a\nwrapped   line', 'a wrapped line'],
    ['$70,000 * 2 stays', '$70,000 * 2 stays'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['<b>tags are text</b>', '<b>tags are text</b>'],
  ])('%j → %j', (input, expected) => {
    expect(inlineMarkdownToText(input)).toBe(expected);
  });
});

describe('markdownBlocksToText', () => {
  test('keeps heading words and separates paragraphs with a blank line', () => {
    expect(markdownBlocksToText('First line\nsame paragraph.\n\n## Why It Matters\n\nSecond.')).toBe(
      'First line same paragraph.\n\nWhy It Matters\n\nSecond.',
    );
  });

  test('turns a list into one line per item', () => {
    expect(markdownBlocksToText('- one\n- **two**')).toBe('one\ntwo');
  });
});
