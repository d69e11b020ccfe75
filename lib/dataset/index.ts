// The article format and its pure tools. The build plugin (./vite-plugin.ts, node fs) is imported on its own.
export * from './vocabulary';
export { articleFrontMatterSchema, articleSchema, type Article, type ArticleFrontMatter } from './schema';
export { ArticleParseError, articleIdFromPath, parseArticle, type ParsedArticle } from './parse-article';
export {
  ArticleCompileError,
  compareNewestFirst,
  compileArticles,
  type ArticleFile,
  type ArticleProblem,
  type CompileOptions,
} from './compile-articles';
export {
  filterArticles,
  NO_FILTERS,
  tagsInUse,
  type ArticleFilters,
  type FilteredArticles,
} from './filter-articles';
export { datasetStats, type DatasetStats } from './dataset-stats';
export { ARTICLES_FILE_NAME } from './articles-file-name';
