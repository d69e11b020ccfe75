/**
 * Numbers written in words before a dollar word, in the seven languages read (`sieben Dollar`, `quatro mil dólares`,
 * `quarantamila dollari`, `tweeduizend dollar`, `un millón de dólares`). Each line's words are worth its place: one
 * (an article, read only before a thousand or million word) to ten, then twenty to ninety.
 */
const WORDS_BY_VALUE = [
  'a one un une uno una um uma ein eine een',
  // Not `dos`: Portuguese `of the` too (`o suporte dos mil dólares`).
  'two zwei deux due dois duas twee',
  'three drei trois tres tre três drie',
  'four vier quatre cuatro quattro quatro',
  'five fünf cinq cinco cinque vijf',
  'six sechs seis sei zes',
  'seven sieben sept siete sette sete zeven',
  'eight acht huit ocho otto oito',
  'nine neun neuf nueve nove negen',
  'ten zehn dix diez dieci dez tien',
  'twenty zwanzig vingt veinte venti vinte twintig',
  'thirty dreißig trente treinta trenta trinta dertig',
  'forty vierzig quarante cuarenta quaranta quarenta veertig',
  'fifty fünfzig cinquante cincuenta cinquanta cinquenta vijftig',
  'sixty sechzig soixante sesenta sessanta sessenta zestig',
  'seventy siebzig setenta settanta zeventig',
  'eighty achtzig ochenta ottanta oitenta tachtig',
  'ninety neunzig noventa novanta negentig',
].map((line) => line.split(' '));

const VALUE_OF_WORD = new Map(
  WORDS_BY_VALUE.flatMap((words, index) =>
    words.map((word) => [word, index < 10 ? index + 1 : (index - 8) * 10]),
  ),
);

const SPACE = '[ \\u00a0\\u202f]';
const THOUSAND_WORDS = 'mila|mille|mil|tausend|duizend|thousand';
const MILLION_WORDS = 'millions?|millones|millón|milion[ei]|milhões|milhão|miljoen|millionen';
/** A thousand or million word, glued to the number or not; the singular ones may stand alone (`mille dollari`). */
const MAGNITUDE = `${THOUSAND_WORDS}|(${MILLION_WORDS})`;
const ALONE = /^(?:mille|mil|tausend|duizend|millón|milione|milhão|miljoen)$/;

/** Ends where the dollar word starts: a number word, a magnitude, or both, then `de`/`di` after a million. */
const BEFORE_DOLLAR_WORD = new RegExp(
  `(?<![\\p{L}\\d'’-]|(?:\\d|mila?|mille)${SPACE})(?:(${[...VALUE_OF_WORD.keys()].join('|')})${SPACE}?)?` +
    `(?:(${MAGNITUDE})(?:${SPACE}d[ei])?)?${SPACE}$`,
  'iu',
);

/** How far before the dollar word the number may start (`cinquanta milioni di `). */
const REACH = 32;

const isSpace = (code: number) => code === 32 || code === 0xa0 || code === 0x202f;
const isLetter = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
/** A magnitude word at the end of a word (`quarantamila`, `tweeduizend`, `milioni`). */
const ENDS_WITH_MAGNITUDE = new RegExp(`(?:${THOUSAND_WORDS}|${MILLION_WORDS})$`);

/** The word whose last letter is at `end - 1`, or '' when there is none. */
function wordEndingAt(text: string, end: number, from: number): string {
  let start = end;
  while (start > from && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * Whether the words before the dollar word may be a number in words: a space, then a number word or a word ending
 * in a magnitude, or `de`/`di` after one. Most dollar words follow other words (`the US dollar`), and this turns
 * them away before the pattern, which tries every place of its window.
 */
function mayEndNumberInWords(text: string, from: number, end: number): boolean {
  if (!isSpace(text.charCodeAt(end - 1))) return false;
  let word = wordEndingAt(text, end - 1, from).toLowerCase();
  if (word === 'de' || word === 'di') {
    const before = end - 1 - word.length;
    if (!isSpace(text.charCodeAt(before - 1))) return false;
    word = wordEndingAt(text, before - 1, from).toLowerCase();
    return ENDS_WITH_MAGNITUDE.test(word);
  }
  return VALUE_OF_WORD.has(word) || ENDS_WITH_MAGNITUDE.test(word);
}

/** The amount in words ending at `end` (where a dollar word starts): its start and value, or null. */
export function numberInWordsBefore(
  text: string,
  from: number,
  end: number,
): [start: number, value: number] | null {
  const windowStart = Math.max(from, end - REACH);
  if (!mayEndNumberInWords(text, windowStart, end)) return null;
  const match = BEFORE_DOLLAR_WORD.exec(text.slice(windowStart, end));
  if (match === null) return null;
  const [, word, magnitude, million] = match;
  const count = word === undefined ? undefined : VALUE_OF_WORD.get(word.toLowerCase());
  const multiplier = magnitude === undefined ? 1 : million === undefined ? 1e3 : 1e6;
  if (
    count === undefined
      ? magnitude === undefined || !ALONE.test(magnitude.toLowerCase())
      : count === 1 && multiplier === 1
  ) {
    return null;
  }
  return [windowStart + match.index, (count ?? 1) * multiplier];
}
