/**
 * `make` with its result for the last text asked for kept: a text's amounts and sentences are read one after
 * another, so each copy of a text is made once for all of them. One text only: nothing of a page's earlier blocks
 * stays alive.
 */
export function keptForLastText(make: (text: string) => string): (text: string) => string {
  // The empty text's copies are empty: no call to `make` when the module is evaluated.
  let last = { text: '', made: '' };
  return (text) => {
    if (text !== last.text) last = { text, made: make(text) };
    return last.made;
  };
}
