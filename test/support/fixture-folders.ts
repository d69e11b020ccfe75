// Fixture pages laid out as <root>/<host>/<path>/index.html + expected.json, the way they are served.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FixtureFolder {
  host: string;
  /** URL path, starting and ending with `/`. */
  path: string;
  /** The folder holding index.html and expected.json. */
  folder: string;
}

/** Every folder under `root` holding an expected.json, sorted by host and path. */
export function fixtureFolders(root: string): FixtureFolder[] {
  const found: FixtureFolder[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(folder, entry.name));
      else if (entry.name === 'expected.json') {
        const [host = '', ...segments] = relative(root, folder).split(sep);
        found.push({ host, path: `/${segments.map((segment) => `${segment}/`).join('')}`, folder });
      }
    }
  };
  visit(root);
  return found.sort((a, b) => `${a.host}${a.path}`.localeCompare(`${b.host}${b.path}`));
}
