import { HALVINGS, priceAt, priceUsdAt } from '../economics';
import earlyPrices from './early-prices.json';
import { unicodeLowerCase } from './lower-case-copy';

/** What an amount is being checked as. */
export type PlausibleAs = 'price' | 'target' | 'cost' | 'cheap-cost' | 'coin-cost' | 'crash';

/**
 * How far from the bundled bitcoin price an amount may be and still be read as each kind, as multiples of the
 * reference price. Prices are monthly means, and articles cite recent highs and lows, hence the width of the price
 * band; targets reach from crash calls to million-dollar calls; costs stay near the price over time, except the cost
 * of one coin said outright.
 */
export const PLAUSIBLE_BANDS: Record<PlausibleAs, { low: number; high: number }> = {
  price: { low: 0.3, high: 3 },
  target: { low: 0.1, high: 250 },
  cost: { low: 0.25, high: 4 },
  // A cost no other noun's cost verb stands before (`in Ethiopia the costs are very low`, not `each new rig costing`):
  // where power is nearly free (the cheapest countries in a ranking) it falls to a twentieth of the price.
  'cheap-cost': { low: 0.05, high: 4 },
  // The cost of one coin named as such (`to mine one bitcoin`, `marginal cost of production`, `per coin`): where power
  // is nearly free, or at a bubble's top, it falls to a small share of the price (tuning labels reach 0.9 %); at
  // household power prices in the dearest countries it rises to seven times the price.
  'coin-cost': { low: 0.008, high: 8 },
  // A forecast of a fall, said so right before its level (a crash call: `expects bitcoin to fall below $10`).
  crash: { low: 0.01, high: 250 },
};

const WIDEST_BAND = {
  low: Math.min(...Object.values(PLAUSIBLE_BANDS).map((band) => band.low)),
  high: Math.max(...Object.values(PLAUSIBLE_BANDS).map((band) => band.high)),
};

/** False when `usd` fits no kind against any of the references: whatever its sentence says, it is no bitcoin figure. */
export function plausibleAsAny(usd: number, references: readonly ReferenceRange[]): boolean {
  return rangeFitting(usd, WIDEST_BAND, references) !== undefined;
}

/** The first of `references` that `usd` fits in `band` (a loop, not a closure made for every amount). */
function rangeFitting(
  usd: number,
  band: { low: number; high: number },
  references: readonly ReferenceRange[],
): ReferenceRange | undefined {
  for (const range of references) {
    if (usd >= range.lowUsd * band.low && usd <= range.highUsd * band.high) return range;
  }
  return undefined;
}

/** A range of bitcoin prices an amount is compared with. */
export interface ReferenceRange {
  lowUsd: number;
  highUsd: number;
  /** Where it comes from, for explanations: `2026-03` or `year 2018`. */
  label: string;
}

const EARLY_FIRST_YEAR = Number(earlyPrices.firstMonth.slice(0, 4));
const EARLY_FIRST_MONTH = Number(earlyPrices.firstMonth.slice(5, 7)) - 1;
const EARLY_MONTHS = earlyPrices.ranges as [number, number][];
/** The first month of the economics series: earlier dates are read from the early prices. */
const SERIES_START = Date.UTC(EARLY_FIRST_YEAR, EARLY_FIRST_MONTH + EARLY_MONTHS.length, 1);

/** The month's low and high before the economics series starts (clamped to the first month, July 2010). */
function earlyRange(year: number, month: number): [number, number] {
  const index = (year - EARLY_FIRST_YEAR) * 12 + month - EARLY_FIRST_MONTH;
  return EARLY_MONTHS[Math.min(EARLY_MONTHS.length - 1, Math.max(0, index))]!;
}

const yearRanges = new Map<number, ReferenceRange>();

/** The lowest and highest monthly price of a calendar year in the bundled series. */
export function yearRange(year: number): ReferenceRange {
  let range = yearRanges.get(year);
  if (range === undefined) {
    let lowUsd = Number.POSITIVE_INFINITY;
    let highUsd = 0;
    for (let month = 0; month < 12; month++) {
      const time = Date.UTC(year, month, 15);
      let low: number;
      let high: number;
      if (time < SERIES_START) [low, high] = earlyRange(year, month);
      else low = high = priceUsdAt(new Date(time));
      if (low < lowUsd) lowUsd = low;
      if (high > highUsd) highUsd = high;
    }
    range = { lowUsd, highUsd, label: `year ${year}` };
    yearRanges.set(year, range);
  }
  return range;
}

const upToYear = new Map<number, ReferenceRange>();

/**
 * Every price from July 2010 to the end of the article's year and at its date: every time `pastTimesIn` can name
 * lies inside it, so an amount that fits no kind against it fits none against any time the text names.
 */
export function everyTimeUpTo(date: Date): ReferenceRange {
  const year = Math.max(EARLY_FIRST_YEAR, date.getUTCFullYear());
  let years = upToYear.get(year);
  if (years === undefined) {
    years = { lowUsd: Number.POSITIVE_INFINITY, highUsd: 0, label: `${EARLY_FIRST_YEAR}–${year}` };
    for (let each = EARLY_FIRST_YEAR; each <= year; each++) {
      const range = yearRange(each);
      years.lowUsd = Math.min(years.lowUsd, range.lowUsd);
      years.highUsd = Math.max(years.highUsd, range.highUsd);
    }
    upToYear.set(year, years);
  }
  const atDate = dateRange(date);
  return {
    lowUsd: Math.min(years.lowUsd, atDate.lowUsd),
    highUsd: Math.max(years.highUsd, atDate.highUsd),
    label: years.label,
  };
}

const highestPrices = new Map<number, number>();

/**
 * The highest monthly price from July 2010 to the date's month, or the price at the date if higher (a steep month's
 * mean lags its end): no price quoted as a fact at that date can lie far above it. NaN after the bundled series ends,
 * where the price may have gone anywhere.
 */
export function highestPriceBy(date: Date): number {
  // Looked up once per date: a page reads every block at one or two dates, and the loop over the years and months
  // below, run per block, was ~7 % of the extension's CPU on the 1.5 MB bench page.
  const time = date.getTime();
  let highest = highestPrices.get(time);
  if (highest === undefined) {
    highest = highestPriceByUncached(date);
    if (highestPrices.size >= DATE_RANGE_CACHE_LIMIT) highestPrices.clear();
    highestPrices.set(time, highest);
  }
  return highest;
}

function highestPriceByUncached(date: Date): number {
  if (date.getTime() >= SERIES_START && priceAt(date).clamped) return Number.NaN;
  const year = date.getUTCFullYear();
  let highest = dateRange(date).highUsd;
  for (let each = EARLY_FIRST_YEAR; each < year; each++) highest = Math.max(highest, yearRange(each).highUsd);
  for (let month = 0; month <= date.getUTCMonth(); month++) {
    const time = Date.UTC(year, month, 15);
    highest = Math.max(
      highest,
      time < SERIES_START ? earlyRange(year, month)[1] : priceUsdAt(new Date(time)),
    );
  }
  return highest;
}

// A page is read block by block at one or two dates: look each up once.
const dateRanges = new Map<number, ReferenceRange>();
const DATE_RANGE_CACHE_LIMIT = 1_000;

/** The price at the article's date. */
export function dateRange(date: Date): ReferenceRange {
  const time = date.getTime();
  let range = dateRanges.get(time);
  if (range === undefined) {
    if (time < SERIES_START) {
      const [lowUsd, highUsd] = earlyRange(date.getUTCFullYear(), date.getUTCMonth());
      range = { lowUsd, highUsd, label: date.toISOString().slice(0, 7) };
    } else {
      const price = priceAt(date);
      range = { lowUsd: price.usd, highUsd: price.usd, label: price.month };
    }
    if (dateRanges.size >= DATE_RANGE_CACHE_LIMIT) dateRanges.clear();
    dateRanges.set(time, range);
  }
  return range;
}

/** A halving named as a past one by its rank (`the first halving`, `l'ultimo dimezzamento`, `de tweede halvering`). */
const PAST_HALVING =
  /(?:^|[\s'’])(?:fir|secon|segun|thir|ter|las|laa|prev|prim|prem|ers|eers|zwei|twee|dri|derd|deux|trois|dern|[uú]lt|letz|vorig)\S*\s(?:\S+\s)?(?:halv|halbierung|dimezzamento)/;
/** The halvings that have happened, at midday: a price at a past halving's is a past price. */
const PAST_HALVING_DAYS = HALVINGS.filter((halving) => halving.happened).map(
  (halving) => new Date(`${halving.date}T12:00:00Z`),
);
/**
 * A record high named (`all-time high`, `Allzeithoch`, `máximo histórico`, `recordniveau`): its level is the highest
 * price by the date.
 */
const RECORD_HIGH =
  /all-time high|record high|\bath\b|allzeithoch|rekordhoch|m[áa]xim[oa] hist[óo]ric|plus haut historique|record historique|massimo storico|recorde hist[óo]rico|recordniveau|recordhoogte|recordprijs|recordkoers/;
const YEAR = /(?<![\w.,$])(20[0-4]\d)(?![\w])/g;
/** A month's name or abbreviation (group 1: its first three letters); not `market` or `decline`. */
const MONTH_NAME =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?(?![a-z])';
/** Words before an English month name that make it a time (`in May`, not `may rise`). */
const MONTH_PREPOSITION = new RegExp(
  `\\b(?:in|since|from|of|during|early|late|mid|back in|last|im|seit|ende|anfang|mitte|en|depuis|fin|début|desde|` +
    `finales de|principios de|fine|inizio|em|no|eind|begin|sinds)[^\\S\\r\\n]+$`,
  'i',
);
const ENGLISH_MONTH = new RegExp(`^${MONTH_NAME}$`, 'i');
/**
 * Month names of the other languages read, which are no English words (`janvier`, `März`, `mayo`): they name a
 * month wherever they stand. Each maps to its month's index.
 */
const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'januar janvier enero gennaio janeiro januari',
    'februar février febrero febbraio fevereiro februari',
    'märz mars marzo março maart',
    'avril abril aprile',
    'mai mayo maggio maio mei',
    'juni juin junio giugno junho',
    'juli juillet julio luglio julho',
    'août agosto augustus',
    'septembre septiembre setiembre settembre setembro',
    'oktober octobre octubre ottobre outubro',
    'novembre noviembre novembro',
    'dezember décembre diciembre dicembre dezembro',
  ].flatMap((names, month) => names.split(' ').map((name) => [name, month])),
);
/**
 * A word that may be a month's name in any of the languages read, by its first letters: one light pass finds them,
 * and each is then checked whole (English names also need a preposition before them).
 */
const MONTH_CANDIDATE =
  /\b(?:jan|ene|gen|feb|f[ée]v|m[aä]r|maa|a[vpb]r|ma[iyg]|mei|ju[nil]|giu|lug|ao[uû]|ago|aug|se[pt]|o[ckt]t|out|nov|d[eéi][cz])[a-zà-ÿ]*\.?/gi;
/**
 * The article's own year, or the one before it, named without a number; its start too, with the article before
 * `year` (`Anfang des Jahres`, `au début de l'année`, `all'inizio dell'anno`, `begin van het jaar`, `de jaarwisseling`).
 */
const THIS_YEAR =
  /\b(?:this year|the year|year-to-date|ytd|dieses jahres|diesem jahr|jahres(?:beginn|anfang)|(?:anfang|beginn) des jahres|cette année|(?:début d|début de l|commencé l)['’]année|este año|(?:inicio|principios|comienzos) del? año|quest['’]anno|inizio (?:dell['’])?anno|este ano|(?:início|começo) do ano|dit jaar|begin (?:van )?(?:dit|het) jaar|begon het jaar|jaarwisseling)\b/i;
const LAST_YEAR =
  /\b(?:last year|a year ago|a year earlier|the previous year|vorigen jahres|letzten jahres|vorjahr|l['’]année dernière|l['’]an dernier|el año pasado|l['’]anno scorso|ano passado|vorig jaar|een jaar geleden)\b/i;
/**
 * A time so many years or months before the article's, in the languages read (`two years ago`, `vor zwei Jahren`,
 * `il y a deux ans`, `hace dos años`, `due anni fa`, `há cerca de dois anos`, `twee jaar geleden`), a count in
 * digits or words up to five, maybe after one word (`etwa`, `environ`, `unos`, `cerca de`). Groups: the count and
 * unit after the word of the past (German, French, Spanish, Portuguese), or before it (English, Italian, Dutch,
 * `dois anos atrás`).
 */
const AGO =
  /(?<![a-zà-ÿ])(?:(?:vor|il y a|hace|há)\s+(?:\S+\s+){0,2}?(\S+)\s+(jahr|monat|an|année|mois|año|mes|ano|mês)|(\S+)\s+(year|month|jaar|maand|anno|anni|mes[ei]|año|mes|ano|mês)\S*\s+(?:ago|fa|geleden|atrás))/g;
const AGO_UNIT_WORD = /ago|vor|il y a|hace|fa\b|há|atrás|geleden/;
/** Counts in words, one to five, in the languages read: each word's row is its value. */
const COUNT_WORDS = [
  'a an one ein einem einer un une uno una um uma een één',
  'two zwei deux dos due dois duas twee',
  'three drei trois tres tre três drie',
  'four vier quatre cuatro quattro quatro',
  'five fünf cinq cinco cinque vijf',
].map((row) => row.split(' '));

/** The count a lower-case word or number names (0: none). */
function countOf(word: string): number {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return COUNT_WORDS.findIndex((row) => row.includes(word)) + 1;
}

/** The pandemic, in the languages read: its crash and lockdowns date a price to March 2020. */
const PANDEMIC = /covid|corona-?[a-zäöü]{4,}|pand[eé]mi|lockdown|confinement|confinamiento|confinamento/;
const PANDEMIC_START = new Date(Date.UTC(2020, 2, 15));

/** Text without a match names no year in words. */
const MAY_NAME_YEAR = /year|jahr|ann[ée]e|an dernier|a[ñn]o|jaar|anno|ytd/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True for a month's name or abbreviation in any of the languages read, in lower case (`october`, `märz`, `oct.`). */
export function isMonthName(word: string): boolean {
  return foreignMonth(word) !== undefined || ENGLISH_MONTH.test(word);
}

/** The month index of a month's name in another language read (`märz`, `oct.` is no such name), in lower case. */
const foreignMonth = (word: string): number | undefined =>
  FOREIGN_MONTHS[word.endsWith('.') ? word.slice(0, -1) : word];

function monthBefore(month: number, date: Date): ReferenceRange {
  const articleYear = date.getUTCFullYear();
  const year = month <= date.getUTCMonth() ? articleYear : articleYear - 1;
  return dateRange(new Date(Date.UTC(year, month, 15)));
}

/**
 * Past times named in `text[start, end)`, as price ranges: years up to the article's (`in 2018`, `since 2021`; future
 * years such as `by 2030` are forecasts and left out) and months without a year (`in January`: the latest such month
 * up to the article's date). An amount next to them may be that time's price.
 */
export function pastTimesIn(text: string, start: number, end: number, date: Date): ReferenceRange[] {
  const ranges: ReferenceRange[] = [];
  // Matching on the slice bounds the search to the sentence.
  const sentence = text.slice(start, end);
  const articleYear = date.getUTCFullYear();
  let match: RegExpExecArray | null;
  if (sentence.includes('20')) {
    YEAR.lastIndex = 0;
    while ((match = YEAR.exec(sentence)) !== null) {
      const year = Number(match[1]);
      if (year >= EARLY_FIRST_YEAR && year <= articleYear) ranges.push(yearRange(year));
    }
  }
  MONTH_CANDIDATE.lastIndex = 0;
  while ((match = MONTH_CANDIDATE.exec(sentence)) !== null) {
    const word = match[0].toLowerCase();
    const foreign = foreignMonth(word);
    if (foreign !== undefined) {
      ranges.push(monthBefore(foreign, date));
    } else if (
      ENGLISH_MONTH.test(word) &&
      MONTH_PREPOSITION.test(sentence.slice(Math.max(0, match.index - 20), match.index))
    ) {
      ranges.push(monthBefore(MONTHS.indexOf(word.slice(0, 3)), date));
    }
  }
  const lowerCaseSentence = unicodeLowerCase(text).slice(start, end);
  if (PAST_HALVING.test(lowerCaseSentence)) {
    for (const halving of PAST_HALVING_DAYS) if (halving <= date) ranges.push(dateRange(halving));
  }
  if (RECORD_HIGH.test(lowerCaseSentence)) {
    const highest = highestPriceBy(date);
    if (!Number.isNaN(highest)) ranges.push({ lowUsd: highest, highUsd: highest, label: 'record by date' });
  }
  // Read on the lower-case copy, as the halving and record checks above are.
  if (AGO_UNIT_WORD.test(lowerCaseSentence)) {
    AGO.lastIndex = 0;
    while ((match = AGO.exec(lowerCaseSentence)) !== null) {
      const count = countOf(match[1] ?? match[3]!);
      const unit = match[2] ?? match[4]!;
      if (count === 0) continue;
      const monthsBack = /^(?:mo|maa|mes|mês)/.test(unit) ? count : 12 * count;
      const then = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 15));
      if (then.getUTCFullYear() >= EARLY_FIRST_YEAR) ranges.push(dateRange(then));
    }
  }
  // The pandemic's first months, named by it (`during the first lockdown`, `le premier confinement`, `il crollo del
  // Covid`): March 2020.
  if (PANDEMIC.test(lowerCaseSentence) && articleYear >= 2020) ranges.push(dateRange(PANDEMIC_START));
  if (MAY_NAME_YEAR.test(sentence)) {
    if (THIS_YEAR.test(sentence)) ranges.push(yearRange(articleYear));
    if (LAST_YEAR.test(sentence) && articleYear > EARLY_FIRST_YEAR) ranges.push(yearRange(articleYear - 1));
  }
  return ranges;
}

/** A year (`in 2030`, `bis 2030`, `entro il 2030`), not inside a number or an amount. */
const YEAR_NAMED = /(?<![\w.,$'’/-])20\d\d(?![\w%$])/g;

/** The end of a year, in the languages read (`Ende 2025`, `fin 2025`, `a finales de 2025`, `eind 2025`). */
const END_OF_YEAR =
  /(?:end of|ende|fin(?: de)?|finales de|fine(?: del?)?|final de|fim de|einde?)[^\S\r\n]+$/i;

/**
 * Where `text[start, end)` names a year after the article's, or the end of the article's own year before its last
 * month: times that have not come (forecasts).
 */
export function laterYearsIn(text: string, start: number, end: number, date: Date): number[] {
  const found: number[] = [];
  const sentence = text.slice(start, end);
  if (!sentence.includes('20')) return found;
  const articleYear = date.getUTCFullYear();
  // (exec rather than matchAll, which copies the pattern on every call.)
  YEAR_NAMED.lastIndex = 0;
  let year: RegExpExecArray | null;
  while ((year = YEAR_NAMED.exec(sentence)) !== null) {
    if (
      +year[0] > articleYear ||
      (+year[0] === articleYear &&
        date.getUTCMonth() < 11 &&
        END_OF_YEAR.test(sentence.slice(Math.max(0, year.index - 14), year.index)))
    ) {
      found.push(start + year.index);
    }
  }
  return found;
}

/** The first reference range `usd` fits as `kind`, or undefined when it fits none. */
export function plausibleAgainst(
  usd: number,
  kind: PlausibleAs,
  references: readonly ReferenceRange[],
): ReferenceRange | undefined {
  return rangeFitting(usd, PLAUSIBLE_BANDS[kind], references);
}
