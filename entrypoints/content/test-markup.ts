// Unit tests only: puts fixed test markup (never page or dataset text) into happy-dom's document.

/** Replaces the children of `target` with the parsed `html`. */
export function setMarkup(target: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  target.replaceChildren(...parsed.body.childNodes);
}

/** Replaces the head's children with the parsed `html` (meta tags, JSON-LD). */
export function setHeadMarkup(html: string): void {
  const parsed = new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
  document.head.replaceChildren(...parsed.head.childNodes);
}
