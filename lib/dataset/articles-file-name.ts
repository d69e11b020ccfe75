/** The compiled dataset's file name in the extension (shared by the build plugin and the popup). */
export const ARTICLES_FILE_NAME = 'articles.json';
