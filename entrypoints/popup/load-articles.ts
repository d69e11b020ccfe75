import type { Article } from '@/lib/dataset/schema';
import { ARTICLES_FILE_NAME } from '@/lib/dataset/articles-file-name';

/** The bundled articles: validated at build time (lib/dataset/vite-plugin.ts), shipped as one JSON file. */
export async function loadArticles(): Promise<Article[]> {
  // articles.json is emitted by the build, so it is not one of WXT's typed public paths.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${ARTICLES_FILE_NAME}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${ARTICLES_FILE_NAME}: HTTP ${response.status}`);
  const articles: unknown = await response.json();
  if (!Array.isArray(articles)) throw new Error(`${ARTICLES_FILE_NAME}: expected an array`);
  return articles as Article[];
}
