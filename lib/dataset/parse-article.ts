// One markdown file → the raw parts of an article: YAML front matter (unvalidated), impact bullets, plain body.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { inlineMarkdownToText, markdownBlocksToText } from './markdown-to-text';
import { IMPACT_HEADING } from './vocabulary';

export interface ParsedArticle {
  /** The file name without its folder and `.md`. */
  id: string;
  /** The YAML front matter as parsed, not yet checked against the schema. */
  frontMatter: Record<string, unknown>;
  /** The bullets under "## Impact on the crypto market" (empty when the section is missing). */
  impact: string[];
  /** The rest of the body as plain text. */
  body: string;
}

/** A problem found in one file: which file, which field, and why. */
export class ArticleParseError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field}: ${reason}`);
    this.name = 'ArticleParseError';
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;

export function articleIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}

/** Splits the body into the impact section's bullets and everything else. */
function splitImpact(markdown: string): { impact: string[]; rest: string } {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => {
    const heading = HEADING.exec(line.trim());
    return heading?.[1]?.toLowerCase() === IMPACT_HEADING.toLowerCase();
  });
  if (start === -1) return { impact: [], rest: markdown };
  let end = lines.findIndex((line, index) => index > start && HEADING.test(line.trim()));
  if (end === -1) end = lines.length;

  const bullets: string[][] = [];
  let open = false;
  for (const line of lines.slice(start + 1, end)) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      bullets.push([bullet[1] ?? '']);
      open = true;
    } else if (line.trim() === '') {
      open = false;
    } else if (open) {
      bullets[bullets.length - 1]?.push(line.trim()); // a wrapped bullet continues on the next line
    }
  }
  return {
    impact: bullets.map((parts) => inlineMarkdownToText(parts.join(' '))).filter(Boolean),
    rest: [...lines.slice(0, start), ...lines.slice(end)].join('\n'),
  };
}

/** Parses one article file. Throws ArticleParseError for a missing or unreadable front matter. */
export function parseArticle(path: string, text: string): ParsedArticle {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    throw new ArticleParseError(path, 'front matter', 'expected the file to start with a --- YAML block ---');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new ArticleParseError(path, 'front matter', `invalid YAML: ${reason}`);
  }
  if (frontMatter === null || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    throw new ArticleParseError(path, 'front matter', 'expected a YAML mapping of fields');
  }
  const { impact, rest } = splitImpact(text.slice(match[0].length));
  return {
    id: articleIdFromPath(path),
    frontMatter: frontMatter as Record<string, unknown>,
    impact,
    body: markdownBlocksToText(rest),
  };
}
