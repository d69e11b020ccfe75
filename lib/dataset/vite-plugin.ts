// Build-time compile of the bundled articles: reads lib/dataset/articles/*.md, fails the build on any invalid
// article (file, field, reason) and emits the validated array as `articles.json` in the extension's output.
// Build tooling, so node:fs is fine here; the popup fetches the emitted file (see entrypoints/popup/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileArticles, type ArticleFile } from './compile-articles';
import { ARTICLES_FILE_NAME } from './articles-file-name';

export { ARTICLES_FILE_NAME };

export const ARTICLES_DIR = fileURLToPath(new URL('./articles', import.meta.url));

/** Every `*.md` in `dir`, sorted by name, with paths relative to the working directory for messages. */
export function readArticleFiles(dir: string = ARTICLES_DIR): (ArticleFile & { absolutePath: string })[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const absolutePath = join(dir, name);
      return {
        absolutePath,
        path: relative(process.cwd(), absolutePath),
        text: readFileSync(absolutePath, 'utf8'),
      };
    });
}

export interface ArticlesPluginOptions {
  /** Folder of markdown articles; lib/dataset/articles when absent. */
  dir?: string;
  /** Output file name; articles.json when absent. */
  fileName?: string;
}

/** The Vite plugin (builds only: unit tests never depend on the articles being valid). */
export function articlesPlugin(options: ArticlesPluginOptions = {}): Plugin {
  const dir = options.dir ?? ARTICLES_DIR;
  const fileName = options.fileName ?? ARTICLES_FILE_NAME;
  let json = '[]';
  return {
    name: 'miner-margin-articles',
    apply: 'build',
    buildStart() {
      const files = readArticleFiles(dir);
      this.addWatchFile(dir);
      for (const file of files) this.addWatchFile(file.absolutePath);
      try {
        json = JSON.stringify(compileArticles(files));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    generateBundle(_options, bundle) {
      // WXT runs one build per entrypoint group into the same folder: emit with the popup's build only.
      const hasPopup = Object.values(bundle).some(
        (output) =>
          output.type === 'chunk' && /[\\/]entrypoints[\\/]popup[\\/]/.test(output.facadeModuleId ?? ''),
      );
      if (hasPopup) this.emitFile({ type: 'asset', fileName, source: json });
    },
  };
}
