/** Words that end in a period without ending a sentence (`U.S.`, `Inc.`, `Jan.`). Lower-case, without the dot. */
const ABBREVIATION_LIST = [
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'corp',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'st',
  // `Mt. Gox`, the exchange of bitcoin's first years.
  'mt',
  'vs',
  'approx',
  'est',
  'no',
  'jr',
  'sr',
  'etc',
  'al',
  // The other languages' (`bzw.`, `ca. 60.000 Dollar`, `z.B.`, `bijv.`, `aprox.`, `env.`).
  'bzw',
  'ca',
  'z.b',
  'u.a',
  'usw',
  'bijv',
  'o.a',
  'aprox',
  'env',
  // The United States in Spanish (`las empresas listadas en EE.UU. se situó`).
  'ee.uu',
  // Currencies written before their figure (`Rs. 48,72,328 (roughly $64,949)`, `Rp. 1,2 miliar`, `Kr. 450`).
  'rs',
  'rp',
  'kr',
  'dhs',
  'ksh',
];

/**
 * A word of up to six letters or dots as one number (five bits a character, case folded): abbreviations are looked
 * up at every period without building a string.
 */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    key = key * 32 + (code === 46 ? 27 : (code | 0x20) - 96);
  }
  return key;
}
const ABBREVIATIONS = new Set(ABBREVIATION_LIST.map((word) => wordKey(word, 0, word.length)));

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const PARAGRAPH_SEPARATOR = 0x2029;
const LINE_SEPARATOR = 0x2028;

function isLineBreak(code: number): boolean {
  return (
    code === LINE_FEED || code === CARRIAGE_RETURN || code === PARAGRAPH_SEPARATOR || code === LINE_SEPARATOR
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || isLineBreak(code);
}

function isClosingQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41; /* ) */
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/** True when the period at `index` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviationPeriod(text: string, index: number): boolean {
  let wordStart = index;
  while (wordStart > 0 && index - wordStart < 6 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === index) return false;
  if (index - wordStart === 1) {
    const code = text.charCodeAt(wordStart);
    return code >= 65 && code <= 90; // an initial: "J. P. Morgan"
  }
  return ABBREVIATIONS.has(wordKey(text, wordStart, index));
}

/** Month names after a day written as an ordinal (`am 4. Januar`, `op 4. januari`). */
const MONTH_AFTER_ORDINAL = /^[ \u00a0](?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/i;

/** True when the period at `index` follows a one- or two-digit day and a month name follows it: a date, not an end. */
function isOrdinalBeforeMonth(text: string, index: number): boolean {
  const digits = index >= 2 && isDigit(text.charCodeAt(index - 2)) ? 2 : 1;
  if (!isDigit(text.charCodeAt(index - 1))) return false;
  const beforeDigits = index - digits - 1;
  if (beforeDigits >= 0 && !isSpace(text.charCodeAt(beforeDigits))) return false;
  return MONTH_AFTER_ORDINAL.test(text.slice(index + 1, index + 6));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Where the sentence ends at the line break or terminator (`.`, `!` or `?`) at `index`: at the break, or after the
 * terminator and any closing quotes when a space or the end of the text follows. -1 when it ends none there.
 */
function sentenceEndAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isLineBreak(code)) return index;
  if (code === 46 && isOrdinalBeforeMonth(text, index)) return -1;
  let after = index + 1;
  while (after < text.length && isClosingQuote(text.charCodeAt(after))) after++;
  if (after < text.length && !isSpace(text.charCodeAt(after))) return -1;
  if (code === 46 && isAbbreviationPeriod(text, index)) return -1;
  return after;
}

/** The characters a sentence can end at: the engine skips the others in machine code. */
const TERMINATOR_OR_LINE_BREAK = /[.!?\r\n\u2028\u2029]/g;

/**
 * The sentence around `[from, to)`: it starts after the previous sentence end or line break and ends after the next
 * terminator (or at the next line break). Headlines without a period end at their line break. The search is not
 * limited: callers reuse a sentence for every amount inside it, so the text is scanned about once overall.
 */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  // One scan from the window of 64 characters before `from`: the last line break, or terminator that ends a sentence
  // before `from` (the space after it and its closing quotes may be at or after `from`), then the first one that ends
  // a sentence at or after `to`.
  let start = -1;
  let end = text.length;
  TERMINATOR_OR_LINE_BREAK.lastIndex = Math.max(0, from - 64);
  while (TERMINATOR_OR_LINE_BREAK.test(text)) {
    const index = TERMINATOR_OR_LINE_BREAK.lastIndex - 1;
    if (index < from) {
      const found = sentenceEndAt(text, index);
      if (found !== -1 && found < from) start = found + 1;
    } else if (index >= to) {
      const found = sentenceEndAt(text, index);
      if (found !== -1) {
        end = found;
        break;
      }
    }
  }
  // Further back, a window at a time, when that one holds no sentence end.
  for (let high = from - 64, span = 128; start === -1 && high > 0; high -= span, span *= 2) {
    const low = Math.max(0, high - span);
    TERMINATOR_OR_LINE_BREAK.lastIndex = low;
    while (TERMINATOR_OR_LINE_BREAK.test(text)) {
      const index = TERMINATOR_OR_LINE_BREAK.lastIndex - 1;
      if (index >= high) break;
      const found = sentenceEndAt(text, index);
      if (found !== -1 && found < from) start = found + 1;
    }
  }
  return { start: Math.max(0, start), end };
}
