// `npx tsx lib/dataset/scripts/print-stats.ts`: compiles the bundled articles and prints their counts as markdown.
import { compileArticles } from '../compile-articles';
import { datasetStats } from '../dataset-stats';
import { readArticleFiles } from '../vite-plugin';

const stats = datasetStats(compileArticles(readArticleFiles()));
const table = (title: string, counts: Record<string, number>) =>
  [
    `| ${title} | articles |`,
    '| --- | ---: |',
    ...Object.entries(counts).map(([key, count]) => `| ${key} | ${count} |`),
  ].join('\n');

console.log(`${stats.total} articles\n`);
console.log(`${table('year', stats.byYear)}\n`);
console.log(`${table('tag', stats.byTag)}\n`);
console.log(table('sentiment', stats.bySentiment));
