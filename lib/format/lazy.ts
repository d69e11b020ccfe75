/**
 * A value made on first use and kept. For Intl formatters at module level: the first one a page's script world
 * builds loads the locale data (~15–20 ms of a renderer's main thread), which every page that loads the annotator
 * paid at its evaluation, though only a tooltip or popup ever formats a figure.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
