import { parseNumber } from './parse-number';
import { CURRENCY_ANCHOR } from './may-hold-amount';
import { numberInWordsBefore } from './number-words';

/** The currency an amount is written in. Only `USD` amounts are ever read as dollars. */
export type AmountCurrency = 'USD' | 'EUR' | 'GBP' | 'JPY' | 'other-dollar';

/** What an amount is priced per, when the text says so (`$70,000 per bitcoin`, `$45/PH/day`). */
export type PerUnit = 'bitcoin' | 'other' | null;

export interface FoundAmount {
  /** UTF-16 offsets of the amount itself (one end of a range is its own amount). */
  start: number;
  end: number;
  /** The amount in units of `currency` (70,000 for `$70K`). */
  value: number;
  currency: AmountCurrency;
  /** Written with million/billion/trillion (or M/bn/T): a sum of money rather than a unit price, usually. */
  largeMagnitude: boolean;
  /** The span of the whole range this amount is one end of (its own span when it is not part of a range). */
  groupStart: number;
  groupEnd: number;
  perUnit: PerUnit;
}

const SPACE = '[ \\u00a0\\u202f]';
const NUMBER_US = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)';
/** Indian grouping (lakh): `$1,50,000`. */
const NUMBER_INDIAN = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?(?!\\d)';
const NUMBER_EUROPEAN_DOTS = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?(?!\\d)';
/** Dots for the thousands and the decimals alike, as some Mexican outlets write: `2.967.48 dólares`. */
const NUMBER_ALL_DOTS = '\\d{1,3}(?:\\.\\d{3})+\\.\\d{2}(?!\\d)';
const NUMBER_EUROPEAN_SPACES = `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d{1,2})?(?!\\d)`;
/** Swiss grouping: `91'250`. */
const NUMBER_SWISS = "\\d{1,3}(?:['’]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)";
const NUMBER_PLAIN = '\\d+(?:\\.\\d+)?';
/** A decimal comma, as most European languages write `1,5 Milliarden`. */
const NUMBER_DECIMAL_COMMA = '\\d+,\\d{1,2}(?!\\d)';
/** After a currency symbol: no space grouping (`$5 100 times` is not 5,100 dollars). */
const NUMBER_AFTER_SYMBOL = `(?:${NUMBER_INDIAN}|${NUMBER_US}|${NUMBER_ALL_DOTS}|${NUMBER_EUROPEAN_DOTS}|${NUMBER_SWISS}|${NUMBER_DECIMAL_COMMA}|${NUMBER_PLAIN})`;
/** Thousands written as a word, as Mexican outlets do: `50 mil 547 dólares` (50,547). */
const NUMBER_THOUSANDS_IN_WORDS = `\\d{1,3}${SPACE}mil${SPACE}\\d{3}(?:,\\d{1,2})?`;
/** Before a currency word or symbol: space grouping too (`70 000 $`). */
const NUMBER_BEFORE_SYMBOL = `(?:${NUMBER_THOUSANDS_IN_WORDS}|${NUMBER_INDIAN}|${NUMBER_US}|${NUMBER_ALL_DOTS}|${NUMBER_EUROPEAN_DOTS}|${NUMBER_EUROPEAN_SPACES}|${NUMBER_SWISS}|${NUMBER_DECIMAL_COMMA}|${NUMBER_PLAIN})`;
/**
 * Magnitude words, English and the other languages read (German `Mio.`/`Mrd.`/`Milliarden`, French `milliards`,
 * Spanish `mil millones`, Portuguese `mil`/`bilhões`, Italian `miliardi`, Dutch `miljard`); `$60Ks` is a plural of K.
 * Longer words come first: `mil millones` before `mil`, `Milliarden` before `Million`.
 */
const MAGNITUDE =
  `(${SPACE}?(?:[Tt]housand|[Tt]ausend|[Dd]uizend|mille|[Bb]illion|[Tt]rillion|mln|bln|mn|bn|tn|MLN|BLN|MN|BN|Mio\\.|Mrd\\.|Mio|Mrd|Tsd\\.|` +
  `[Mm]illiard(?:s|en|e)?|[Mm]il${SPACE}mill(?:ones|ón)|[Mm]il${SPACE}milhões|[Mm]ill(?:ion(?:s|en|e)?|ones|ón)|` +
  '[Bb]ilh(?:ões|ão)|[Mm]ilh(?:ões|ão)|[Mm]iliard(?:i|o)|[Mm]ilion(?:i|e)|[Mm]iljard|[Mm]iljoen|mila|mil)(?![\\p{L}])' +
  '|(?:[kK]s?|[mMbBT]|MM|Bn)(?![A-Za-z]))';
/** Between a magnitude word and a currency word: `milliards de dollars`, `miliardi di dollari`. */
const OF = `(?:${SPACE}(?:de|di|d['’]))?`;
const PREFIX_CURRENCY =
  '((?<![A-Za-z])(?:U\\$[SD]|u\\$s|US\\$|\\$US(?![A-Za-z])|(?:USD|usd)\\$?|U\\.S\\.\\$|HK\\$|NZ\\$|AU\\$|CA\\$|NT\\$|C\\$|A\\$|S\\$|R\\$|EUR|GBP|JPY|CAD|AUD)' +
  '|\\$|€|£|¥)';
const OTHER_DOLLARS = `(?:Canadian|Australian|Hong${SPACE}Kong|Singapore|New${SPACE}Zealand|Taiwan)${SPACE}dollars?`;
const SUFFIX_CURRENCY =
  `(\\$US(?![A-Za-z])|\\$(?![\\w$])|US\\$(?![\\w$])|(?:USD|usd)(?![A-Za-z])|US[-${SPACE.slice(1, -1)}]?[Dd]ollars?(?![A-Za-z])|U\\.S\\.${SPACE}dollars?(?![A-Za-z])` +
  `|${OTHER_DOLLARS}(?![A-Za-z])` +
  '|[Dd]ollar(?:s|i|o)?(?![\\p{L}])|[Dd]ólar(?:es)?(?![\\p{L}])|€|EUR(?![A-Za-z])|[Ee]uros?(?![A-Za-z])|£|GBP(?![A-Za-z])|¥|JPY(?![A-Za-z])|yen(?![A-Za-z]))';
/** The amount forms, tried where an anchor was found. Prefix: 1 currency, 2 number, 3 magnitude. */
// Space grouping only after a space (`$ 25 000`; `$5 100 times` is not 5,100 dollars), or right after the sign when
// every group is `000` (`$25 000`, `€10 000`) or no word but a joining one follows (`$3 900,`, `$4 140 and`,
// `$1 161,89 on`).
const NUMBER_GLUED_SPACES = `\\d{1,3}(?:(?:${SPACE}000)+(?!\\d|[.,]\\d)|(?:${SPACE}\\d{3})+(?:,\\d{1,2})?(?![\\d.,]\\d|${SPACE}?(?!(?:and|or|on|in|at|to|by|for|while|respectively|und|oder|am|bei|et|ou|en|le|à|y|o|el|al|e|il|a|of|op)(?!\\p{L}))\\p{L}))`;
const PREFIX_FORM = new RegExp(
  `${PREFIX_CURRENCY}${SPACE}?((?<=${SPACE})${NUMBER_EUROPEAN_SPACES}|${NUMBER_GLUED_SPACES}|${NUMBER_AFTER_SYMBOL})${MAGNITUDE}?`,
  'yu',
);
/** Suffix: 1 number, 2 magnitude, 3 currency. */
const SUFFIX_FORM = new RegExp(
  `(${NUMBER_BEFORE_SYMBOL})${MAGNITUDE}?${OF}(?:${SPACE}|-)?${SUFFIX_CURRENCY}`,
  'yu',
);
const ANCHOR = CURRENCY_ANCHOR;

/**
 * Where the anchor ending at `end` starts, told by its last character: each of CURRENCY_ANCHOR's words ends in a
 * letter no other ends in, but for `dollar` and `dólar`. The anchor search runs with `test`, which builds no match
 * array: with `exec`, building it took about a quarter of the search's time (the search alone over the bench text).
 */
export function anchorStart(text: string, end: number): number {
  switch (text.charCodeAt(end - 1)) {
    case 68 /* USD */:
    case 100 /* usd */:
    case 82 /* EUR */:
    case 80 /* GBP */:
    case 89 /* JPY */:
    case 110 /* yen */:
      return end - 3;
    case 111 /* euro */:
      return end - 4;
    case 115 /* euros */:
      return end - 5;
    case 114 /* dollar, dólar */:
      return text.charCodeAt(end - 4) === 0xf3 ? end - 5 : end - 6;
    default: // $ € £ ¥
      return end - 1;
  }
}

/** How far before a suffix currency its number may start (`70 000,50 million dollars`). */
const SUFFIX_REACH = 40;

function isUpperCaseOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 46;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
/** A suffix-form number may not start inside a longer number or word. */
function canStartNumber(text: string, index: number): boolean {
  if (!isDigit(text.charCodeAt(index))) return false;
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  return !(
    isDigit(before) ||
    (before >= 65 && before <= 90) ||
    (before >= 97 && before <= 122) ||
    before === 95 ||
    before === 46 ||
    before === 44
  );
}

/**
 * The amount whose currency is at `anchor`, searching no earlier than `from`: a match of the prefix form (starting
 * with its currency) or of the suffix form (starting with its number).
 */
function amountAt(text: string, anchor: number, from: number): RegExpExecArray | null {
  // `101868.45$ 1.44%`: a number glued to the symbol is its amount, whatever follows the symbol.
  const glued = anchor > from && isDigit(text.charCodeAt(anchor - 1));
  if (glued) {
    const suffix = suffixAmountAt(text, anchor, from);
    if (suffix !== null) return suffix;
  }
  // Prefix form: the symbol may be preceded by a country code (`US$`, `HK$`, `U.S.$`).
  let start = anchor;
  if (text.charCodeAt(anchor) === 36 /* $ */) {
    while (start > from && anchor - start < 4 && isUpperCaseOrDot(text.charCodeAt(start - 1))) start--;
    // `u$s46.291`: Rioplatense US dollars in lower case, as `U$S`.
    if (start === anchor && start > from && text.charCodeAt(anchor - 1) === 117 /* u */) start--;
  }
  for (let candidate = start; candidate <= anchor; candidate++) {
    PREFIX_FORM.lastIndex = candidate;
    const match = PREFIX_FORM.exec(text);
    if (match !== null) return match;
  }
  return glued ? null : suffixAmountAt(text, anchor, from);
}

/** Suffix form: a number ending just before the anchor. */
function suffixAmountAt(text: string, anchor: number, from: number): RegExpExecArray | null {
  for (let candidate = Math.max(from, anchor - SUFFIX_REACH); candidate < anchor; candidate++) {
    if (!isDigit(text.charCodeAt(candidate)) || !canStartNumber(text, candidate)) continue;
    SUFFIX_FORM.lastIndex = candidate;
    const match = SUFFIX_FORM.exec(text);
    if (match !== null && candidate + match[0].length > anchor) return match;
  }
  return null;
}

/**
 * The second end of a range, right after the first: `-$70,000`, ` to 70K`, `–70K`, ` to over $48,000`, and after
 * `between` in any language (`entre US$ 38 mil e 100 mil`). Groups: 1 currency, 2 number, 3 magnitude.
 */
const RANGE_TAIL = new RegExp(
  `${SPACE}*(?:-|–|—|${SPACE}to${SPACE}|${SPACE}(?:and|y|e|et|und|en)${SPACE}|${SPACE}through${SPACE})${SPACE}*(?:(?:over|about|around|nearly)${SPACE}+)?` +
    `(?:(US\\$|USD|\\$|€|£|¥)${SPACE}?)?(${NUMBER_AFTER_SYMBOL})${MAGNITUDE}?` +
    `(?![\\d%]|${SPACE}?(?:percent|per${SPACE}?cent|cents|BTC|bitcoins?|ETH|sats|satoshis|times|years?|months?|days?|people)(?![A-Za-z]))`,
  'uy',
);
const TYPO_THOUSANDS = /^\d{1,3},\d{2}$/;
const TYPO_RANGE_RATIO = 1.5;
/**
 * The bare first end of a range written before a suffix amount, in any of the languages read:
 * number, optional magnitude (`9mila`, `56 mil`), then a dash or a connecting word (and an article) right before the second end; German
 * `auf` only after `von` (`von 300.000 auf 150.000`: `fiel um 20.000 auf` is a change).
 */
const LEADING_BOUND = new RegExp(
  `(?<![\\d.,'’])(${NUMBER_BEFORE_SYMBOL})(${SPACE}?mila?|[kK])?${SPACE}?` +
    `(?:[-–—]|,?${SPACE}(?:to|and|bis|und|à|et|a|y|e|ed|tot|en|até|au|through|naar|para|hasta|al|or|ou|o|oder|voire)${SPACE}(?:(?:i|les|los|las|as|os|die|de|auf)${SPACE})?|(?<=[Vv]on${SPACE}[^a-z]+k?)${SPACE}auf${SPACE})${SPACE}*$`,
  'u',
);
const LEADING_REACH = 40;
/** A from-to pair before a suffix amount, in the seven languages (`de 12 a`, `da 11 a`, `von 12 auf`, `from 12 to`). */
const YEAR_LIKE = /^(?:19|20)\d\d$/;
const FROM_TO =
  /(?:^|[\s(])(?:[Dd](?:e|a|esde|al|ai|el)|[Vv][oa]n|[Ff]rom)\s\S+\s(?:a|à|auf|to|tot|naar|até|hasta)\s$/;

function leadingBoundOf(
  text: string,
  second: FoundAmount,
  from: number,
  secondMultiplier: number,
): FoundAmount | null {
  const windowStart = Math.max(from, second.start - LEADING_REACH);
  const match = LEADING_BOUND.exec(text.slice(windowStart, second.start));
  if (match === null) return null;
  const ownMultiplier = match[2] === undefined ? 1 : multiplierOf(match[2]);
  let value = parseNumber(match[1] ?? '', decimalsBefore(match[2])) * ownMultiplier;
  // `9 to 11 million dollars`: a bare first end takes the second's magnitude.
  if (match[2] === undefined && secondMultiplier > 1 && value < 1000) value *= secondMultiplier;
  const ratio = Math.max(value, second.value) / Math.min(value, second.value);
  const start = windowStart + match.index;
  // `de 12 a 37,000 dólares`, `da 11 a 1000 Dollari`: from one level to another, any distance apart.
  if (
    !(ratio <= MAX_RANGE_RATIO) &&
    !(
      ratio > 0 &&
      !YEAR_LIKE.test(match[1] ?? '') &&
      FROM_TO.test(text.slice(Math.max(0, start - 5), second.start))
    )
  )
    return null;
  const end = start + (match[1] ?? '').length + (match[2] ?? '').length;
  return {
    start,
    end,
    value,
    currency: second.currency,
    largeMagnitude: second.largeMagnitude,
    groupStart: start,
    groupEnd: second.groupEnd,
    perUnit: null,
  };
}

/** A bare number and a comma right before a range's bare first end: the first items of a list (`10.000, 15.000 et`). */
const LIST_ITEM = new RegExp(`(?<![\\d.,'’])(${NUMBER_BEFORE_SYMBOL}),${SPACE}$`, 'u');
const LIST_ITEM_REACH = 16;

function listItemBefore(text: string, next: FoundAmount, from: number): FoundAmount | null {
  const windowStart = Math.max(from, next.start - LIST_ITEM_REACH);
  const match = LIST_ITEM.exec(text.slice(windowStart, next.start));
  if (match === null || YEAR_LIKE.test(match[1]!)) return null;
  const value = parseNumber(match[1]!);
  if (!(Math.max(value, next.value) / Math.min(value, next.value) <= MAX_RANGE_RATIO)) return null;
  const start = windowStart + match.index;
  return { ...next, start, end: start + match[1]!.length, value, groupStart: start };
}

/**
 * Another currency's word or code after a `$` amount (`$256,000 pesos`, as Mexican and Argentine outlets write them;
 * `$5,000 Canadian dollars`, `$2,300 CAD`): the amount is in that currency, the word part of it.
 */
const OTHER_CURRENCY_AFTER = new RegExp(
  `${SPACE}(?:de${SPACE})?(?:pesos|${OTHER_DOLLARS}|CAD|AUD|NZD|SGD|HKD|TWD|MXN|ARS|CLP|COP)(?![\\p{L}])`,
  'uy',
);

/** An approximation between such a word and the number (`dai circa 8.000`, `a quasi 54'000`, `à environ 9 000`). */
const APPROXIMATELY =
  '(?:circa|quasi|environ|presque|about|around|nearly|almost|etwa|rund|knapp|ungefähr|casi|cerca de|quase|bijna|ongeveer)';
/**
 * The prepositions, articles and `then` words a bare number in dollars follows (`a quota 11.000`, `contre plus de
 * 900`, `e poi 66.000`, `la soglia dei 67.000`, `dann auf 4.200`, `and then to 62,500`, `un massimo di 20’000`).
 */
const BARE_WORD = `(?:a|à|al|ai|di|de|of|von|van|agli|alle|los|las|les|i|gli|quota|oltre|sopra|sotto|hasta|contre|até|naar|tot|(?:plus|más|mais) de|più di|dei|dai|degli|dagli|unos|unas|aux|des|aos|uns|umas|poi|puis|luego|depois|dann|daarna|then|auf|bei|über|unter|to|at|over|under|above|below|boven|onder|op|sous|sobre|bajo)${SPACE}(?:${APPROXIMATELY}${SPACE})?`;
const BEFORE_BARE = `(?<![\\p{L}])${BARE_WORD}`;
// The lookaheads first: the first digit after the amount, before its sentence's next terminator or currency, must
// follow such a word. Most amounts reach a terminator first and fail the first one in one scan (the second would
// read its run back); the lazy run below would try the words at each character.
const BARE_AFTER = new RegExp(
  `(?![^.!?;$€£¥\\d]*[.!?;$€£¥])(?=[^.!?;$€£¥\\d]*(?=\\d)(?<=${BEFORE_BARE}))[^.!?;$€£¥\\d]{1,80}?${BEFORE_BARE}` +
    `(\\d{1,3}(?:(?:[.,'’]|${SPACE})\\d{3})+(?:[.,]\\d{2})?|\\d{3}(?:[.,]\\d{2})?|(?!19|20|21)\\d{4}|\\d{1,3}${SPACE}?mila?(?![a-z]|${SPACE}?\\d))(?![\\d%.,]*\\d|${SPACE}?(?:%|[$€£¥]|(?!circa|environ)\\p{L}{4}|USD|BTC))`,
  'uy',
);
/**
 * What BARE_AFTER's lookaheads need, but the letter before the word: the first of its stops after the amount is a
 * digit, right after such a word. Without the `u` flag it reads the run about twice as fast (read once: the lookahead
 * is atomic), and it turns away nearly every amount before that pattern.
 */
const MAY_BE_BARE_AFTER = new RegExp(`(?=([^.!?;$€£¥\\d]*))\\1(?<=${BARE_WORD})\\d`, 'y');

/** BARE_AFTER at its lastIndex, when MAY_BE_BARE_AFTER does not turn it away there. */
function bareAfter(text: string): RegExpExecArray | null {
  MAY_BE_BARE_AFTER.lastIndex = BARE_AFTER.lastIndex;
  return MAY_BE_BARE_AFTER.test(text) ? BARE_AFTER.exec(text) : null;
}

/** A dollar word after a number in words (`sieben Dollar`, `quatro mil dólares`). */
const DOLLAR_WORD = /[Dd](?:ollar[sio]?|ólar(?:es)?)(?![\p{L}])/uy;

/** The widest range read as one (`$1–5 million` is one; `$3,000 to $91,000` is not). */
const MAX_RANGE_RATIO = 5;
const BETWEEN_BEFORE = /(?:between|entre|zwischen|tussen)[ \u00a0\u202f]+$/i;
const AND_CONNECTOR = /^[ \u00a0\u202f]*(?:and|y|e|et|und|en)[ \u00a0\u202f]/;

const BITCOIN_UNIT = 'bitcoin|btc|coin|token|unit';
const PER_UNIT = new RegExp(
  `${SPACE}*(?:(?:\\/|(?:(?:for${SPACE})?(?:per|each|every)|pro|por|par|je)${SPACE})${SPACE}*(?:(${BITCOIN_UNIT})|(` +
    'ph\\/s|th\\/s|eh\\/s|ph|th|eh|petahash|terahash|exahash|mwh|kwh|gwh|megawatt[- ]hour|kilowatt[- ]hour|share|' +
    'troy ounce|ounce|oz|barrel|bbl|month|year|day|week|hour|gallon|gram|tonne|ton|person|user|head|' +
    'transaction|tx|block|contract|mmbtu|annum))' +
    `|an?${SPACE}+(?:(${BITCOIN_UNIT})|(share|ounce|barrel|unit|contract|piece))|(apiece))(?![A-Za-z])`,
  'iy',
);

function currencyOf(symbol: string): AmountCurrency {
  switch (symbol.trim()) {
    case '$':
    case 'US$':
    case 'U$S':
    case 'u$s':
    case 'U$D':
    case 'USD':
    case 'USD$':
    case 'U.S.$':
    case '$US':
      return 'USD';
    case '€':
    case 'EUR':
      return 'EUR';
    case '£':
    case 'GBP':
      return 'GBP';
    case '¥':
    case 'JPY':
      return 'JPY';
  }
  const word = symbol.toLowerCase();
  if (
    word.startsWith('us') ||
    word.startsWith('u.s.') ||
    word.startsWith('dollar') ||
    word.startsWith('dólar')
  ) {
    return 'USD';
  }
  if (word.startsWith('euro')) return 'EUR';
  if (word.startsWith('pound')) return 'GBP';
  if (word === 'yen') return 'JPY';
  return 'other-dollar';
}

/**
 * Millions and billions named in the languages that group thousands with a dot (`11.000 millones`, `1.600 Mio.`,
 * `2.500 milioni`, `1.000 milhões`, `1.500 Milliarden`): a dot and three digits before them are thousands, not
 * decimals (`$1.250 million` in English is 1.25 million). Read on the magnitude's own short text.
 */
const DOT_GROUPS_MAGNITUDE =
  /^(?:mill(?:ones|ón|ionen|ions)|milion[ei]|milh(?:ões|ão)|miljoen|mio|mrd|miliard[io]|milliard(?:s|en|e)?|miljard|bilh(?:ões|ão)|mil mil)/;

/** Whether a number before this magnitude may have a dot as its decimal mark. */
function decimalsBefore(magnitude: string | undefined): boolean {
  return magnitude !== undefined && !DOT_GROUPS_MAGNITUDE.test(magnitudeWord(magnitude));
}

/** A magnitude as its word lists read it: lower case, each run of spaces and dots one space (`Mio.` → `mio`). */
function magnitudeWord(magnitude: string): string {
  return magnitude
    .toLowerCase()
    .replace(/[\s\u00a0\u202f.]+/g, ' ')
    .trim();
}

function multiplierOf(magnitude: string | undefined): number {
  if (magnitude === undefined) return 1;
  const word = magnitude.trim();
  switch (word) {
    case 'k':
    case 'K':
    case 'ks':
    case 'Ks':
      return 1e3;
    case 'm':
    case 'M':
    case 'MM':
      return 1e6;
    case 'b':
    case 'B':
    case 'Bn':
      return 1e9;
    case 'T':
      return 1e12;
  }
  const lower = magnitudeWord(word);
  if (/^(?:thousand|tausend|duizend|mille|mil|mila|tsd)$/.test(lower)) return 1e3;
  if (
    lower === 'bn' ||
    lower === 'bln' ||
    lower === 'mrd' ||
    /^(?:billion|milliard|mil mill|mil milh|bilh|miliard|miljard)/.test(lower)
  ) {
    return 1e9;
  }
  if (
    lower === 'mln' ||
    lower === 'mn' ||
    lower === 'mio' ||
    /^(?:million|mill|milh|milion|miljoen)/.test(lower)
  )
    return 1e6;
  if (lower === 'trillion' || lower === 'tn') return 1e12;
  return 1;
}

/**
 * Every monetary amount in the text, in order, with ranges split into their ends (the second end inherits the
 * first's currency; a bare first end inherits the second's magnitude: `$68–70K`). BTC-denominated amounts
 * (`1,200 BTC`, `₿0.5`) have no currency and are not found.
 */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  let consumedTo = 0;
  ANCHOR.lastIndex = 0;
  while (ANCHOR.test(text)) {
    const anchor = anchorStart(text, ANCHOR.lastIndex);
    if (anchor < consumedTo) continue;
    const match = amountAt(text, anchor, consumedTo);
    if (match === null) {
      DOLLAR_WORD.lastIndex = anchor;
      const inWords = DOLLAR_WORD.test(text) ? numberInWordsBefore(text, consumedTo, anchor) : null;
      if (inWords !== null) {
        const [start, value] = inWords;
        const end = DOLLAR_WORD.lastIndex;
        found.push({
          start,
          end,
          value,
          currency: 'USD',
          largeMagnitude: value >= 1e6,
          groupStart: start,
          groupEnd: end,
          perUnit: null,
        });
        consumedTo = end;
      }
      continue;
    }
    const prefix = isDigit(text.charCodeAt(match.index)) ? undefined : match[1];
    const numberText = (prefix === undefined ? match[1] : match[2]) ?? '';
    const magnitude = prefix === undefined ? match[2] : match[3];
    const currency = currencyOf(prefix ?? match[3] ?? '');
    const multiplier = multiplierOf(magnitude);
    const first: FoundAmount = {
      start: match.index,
      end: match.index + match[0].length,
      value: parseNumber(numberText, decimalsBefore(magnitude)) * multiplier,
      currency,
      largeMagnitude: multiplier >= 1e6,
      groupStart: match.index,
      groupEnd: match.index + match[0].length,
      perUnit: null,
    };
    // `tra i 9mila ed 11mila dollari`, `van 3.500 tot 7.000 dollar`: a bare first end before a suffix amount.
    if (prefix === undefined) {
      const leading = leadingBoundOf(text, first, consumedTo, magnitude !== undefined ? multiplier : 1);
      if (leading !== null) {
        // `de 10.000, 15.000 et 20.000 dollars`: the bare items of a list before that first end.
        const listed = listItemBefore(text, leading, consumedTo);
        if (listed !== null) found.push(listed);
        found.push(leading);
        first.groupStart = (listed ?? leading).start;
      }
    }
    found.push(first);

    // Ranges are only read after a prefix currency; `70.000–72.000 $` is left as its second end.
    let groupEnd = first.end;
    if (prefix !== undefined) {
      RANGE_TAIL.lastIndex = first.end;
      const tail = RANGE_TAIL.exec(text);
      const tailCurrency = tail?.[1];
      const connectorIsAnd = tail !== null && AND_CONNECTOR.test(tail[0]);
      if (
        tail !== null &&
        (tailCurrency === undefined || currencyOf(tailCurrency) === currency) &&
        (!connectorIsAnd || BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start)))
      ) {
        const tailNumber = tail[2] ?? '';
        const tailMagnitude = tail[3];
        const tailMultiplier = tailMagnitude === undefined ? multiplier : multiplierOf(tailMagnitude);
        let secondValue = parseNumber(
          tailNumber,
          tailMagnitude !== undefined ? decimalsBefore(tailMagnitude) : decimalsBefore(magnitude),
        );
        // `$61,500–$62,00`: a thousands group that lost a digit, read as the reader does.
        if (TYPO_THOUSANDS.test(tailNumber) && tailMagnitude === undefined) {
          const asThousands = Math.floor(secondValue) * 1000;
          if (
            asThousands / first.value <= TYPO_RANGE_RATIO &&
            first.value / asThousands <= TYPO_RANGE_RATIO
          ) {
            secondValue = asThousands;
          }
        }
        const secondOffset = tail[0].indexOf(tailCurrency ?? tailNumber);
        const second: FoundAmount = {
          start: first.end + secondOffset,
          end: first.end + tail[0].length,
          value: secondValue * tailMultiplier,
          currency,
          largeMagnitude: tailMultiplier >= 1e6,
          groupStart: first.start,
          groupEnd: first.end + tail[0].length,
          perUnit: null,
        };
        // `$68–70K`, `$1.2–1.5 billion`: the bare first end takes the second's magnitude.
        const firstBase = parseNumber(numberText, true);
        const inheritsMagnitude =
          magnitude === undefined &&
          tailMagnitude !== undefined &&
          firstBase < 1000 &&
          firstBase <= secondValue;
        const firstValue = inheritsMagnitude ? firstBase * tailMultiplier : first.value;
        // Ranges are narrow; `rose $3,000 to $91,000` is a change and a level, not a range.
        const ratio = Math.max(firstValue, second.value) / Math.min(firstValue, second.value);
        if (ratio <= MAX_RANGE_RATIO) {
          if (inheritsMagnitude) {
            first.value = firstValue;
            first.largeMagnitude = second.largeMagnitude;
          }
          groupEnd = second.groupEnd;
          first.groupEnd = groupEnd;
          found.push(second);
        }
      }
    }

    OTHER_CURRENCY_AFTER.lastIndex = groupEnd;
    if (prefix === '$' && OTHER_CURRENCY_AFTER.test(text)) {
      groupEnd = OTHER_CURRENCY_AFTER.lastIndex;
      found.at(-1)!.end = groupEnd;
      for (let index = found.length - 1; index >= 0 && found[index]!.groupStart === first.start; index--) {
        found[index]!.currency = 'other-dollar';
        found[index]!.groupEnd = groupEnd;
      }
    }
    consumedTo = groupEnd;
    PER_UNIT.lastIndex = groupEnd;
    const unit = PER_UNIT.exec(text);
    if (unit !== null) {
      const perUnit: PerUnit =
        unit[1] !== undefined || unit[3] !== undefined || unit[5] !== undefined ? 'bitcoin' : 'other';
      // Both ends of a range, its bare first end too (`entre 10.000 y 15.000 dólares por Bitcoin`).
      for (
        let index = found.length - 1;
        index >= 0 && found[index]!.groupStart === first.groupStart;
        index--
      ) {
        found[index]!.perUnit = perUnit;
      }
    }
    // `à 286 dollars, contre plus de 900 en janvier`, `quota 10.000 dollari … a quota 11.000`: a bare number later in
    // the sentence, after a preposition or article, near the dollar amount before it, is in dollars too.
    let last = found.at(-1)!;
    BARE_AFTER.lastIndex = groupEnd;
    for (let bare; currency === 'USD' && (bare = bareAfter(text)) !== null; found.push(last)) {
      // `sotto quota 8mila`, `a 56 mil`: thousands in a word.
      const thousands = bare[1]!.endsWith('mil') || bare[1]!.endsWith('mila');
      const value = thousands ? parseNumber(bare[1]!.replace(/\D+$/, '')) * 1000 : parseNumber(bare[1]!);
      if (!(Math.max(value, last.value) / Math.min(value, last.value) <= MAX_RANGE_RATIO)) break;
      const end = BARE_AFTER.lastIndex;
      const start = end - bare[1]!.length;
      last = { ...last, start, end, value, groupStart: start, groupEnd: end, perUnit: null };
      consumedTo = end;
    }
  }
  return found;
}
