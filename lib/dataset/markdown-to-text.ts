// Markdown inline syntax → plain text, for the few constructs article bodies use. The popup renders
// the result as React text, so nothing here needs to be HTML-safe.

/** `[text](url)` → text, `**b**`/`*i*`/`_i_`/`` `c` `` → their text, `\*` → `*`. */
export function inlineMarkdownToText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!'])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blocks of markdown → plain-text paragraphs (headings keep their words; list items become lines). */
export function markdownBlocksToText(markdown: string): string {
  const paragraphs: string[] = [];
  for (const block of markdown.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    const isList = lines.every((line) => /^([-*+]|\d+\.)\s/.test(line));
    if (isList) {
      paragraphs.push(
        lines.map((line) => inlineMarkdownToText(line.replace(/^([-*+]|\d+\.)\s+/, ''))).join('\n'),
      );
    } else {
      paragraphs.push(inlineMarkdownToText(lines.map((line) => line.replace(/^#{1,6}\s+/, '')).join(' ')));
    }
  }
  return paragraphs.filter(Boolean).join('\n\n');
}
