import type { Cue } from './find-cues';
import type { FoundAmount } from './find-amounts';
import { plausibleAgainst, type PlausibleAs, type ReferenceRange } from './plausibility';
import type { MentionKind } from './types';

/** The rule that decided a kind; `describeClassification` turns it into words. */
export type Rule =
  | 'not-dollars'
  | 'not-positive'
  | 'per-other-unit'
  | 'price-change'
  | 'value-of-coins'
  | 'other-asset'
  | 'sum-of-money'
  | 'cost'
  | 'cost-implausible'
  | 'no-context'
  | 'target'
  | 'target-implausible'
  | 'price'
  | 'ticker'
  | 'price-implausible';

export interface Classification {
  kind: MentionKind;
  rule: Rule;
  /** The cue the rule rests on (the asset, cost or sum-of-money word), if any. */
  cue?: Cue;
  /** The bitcoin name, when one was found. */
  asset?: Cue;
  /** The forecast word, for targets. */
  forecast?: Cue;
  /** The price range the amount was found plausible against (or, when implausible, the article's date). */
  reference?: ReferenceRange;
  currency?: string;
}

/**
 * Words allowed between an amount and a noun right after it for the noun to describe the amount
 * (`$87,000 average production cost`, `$500 million in daily inflows`, `$3,000 ether`). Days and prepositions that
 * start an adverbial (`$68,000 on heavy volume`, `$70,000 Monday`) break the link.
 */
const ATTACHING_GAP = new RegExp(
  '^[^\\S\\r\\n]*(?:(?:in|of|off|for|worth|a|an|the|its|their|his|her|this|that|each|per)[^\\S\\r\\n]+){0,2}' +
    '(?:(?!(?:on|to|from|with|by|into|onto|than|during|against|this|last|yesterday|today|tomorrow|monday|tuesday|' +
    'wednesday|thursday|friday|saturday|sunday|and|or|has|have|had|is|are|was|were|be|been|being|did|does|do)' +
    "(?![\\p{L}]))[\\p{L}'’-]+[^\\S\\r\\n]+){0,2}$",
  'iu',
);
/** A change, not a level: `rose $3,000`, `is up roughly $27,000` (the amount right after the verb). */
const CHANGE_BEFORE = new RegExp(
  // A lookbehind at the amount's start: one test per amount instead of one per character before it.
  String.raw`(?<=(?:^|[^A-Za-z])(?:f[ae]ll|drop(?:ped|s)?|r[io]se|rises|gain(?:ed|s)?|lost|los(?:es|ing)|jump(?:ed|s)?|climb(?:ed|s)?|add(?:ed|s|ing)?|shed(?:s|ding)?|sl(?:id|ides|ipped)|surg(?:ed|es)|tumbl(?:ed|es)|rall(?:ied|ies)|plung(?:ed|es)|s[au]nk|soar(?:ed|s)|spik(?:ed|es)|dipp?(?:ed|s)?|declin(?:ed|es)|slump(?:ed|s)|rebound(?:ed|s)|swung|swings?|moved?|up|down|higher|lower)(?:[^\S\r\n]+by)?(?:[^\S\r\n]+(?:more[^\S\r\n]+than|nearly|about|almost|over|roughly|some|around|as[^\S\r\n]+much[^\S\r\n]+as|another|an[^\S\r\n]+additional|just|only|a[^\S\r\n]+further))?[^\S\r\n]*)`,
  'iy',
);
const CHANGE_AFTER = new RegExp(
  String.raw`[^\S\r\n]*(?:(?:below|above|under|short of|shy of|off|away from)[^\S\r\n]+(?:its|the|their|a|an|this|that|last|record|all-time)(?![A-Za-z])` +
    String.raw`|(?:(?:intraday|daily|overnight|weekly|hourly|single-day|one-day|one-hour|price)[^\S\r\n]+)?(?:drop|gain|move|swing|decline|jump|plunge|rally|rise|fall|loss|slide|sell-?off|bounce|spread|difference|gap|candle|wick|increase|decrease|premium|discount)s?(?![A-Za-z]))`,
  'iy',
);
const ATTACHING_GAP_MAX = 40;

/**
 * A quantity of coins other than one, then words that value it: `6.25 BTC, worth about $400,000`,
 * `10.000 Bitcoin im Wert von`. A lookbehind tried at the amount's start: read backwards from there, it fails at
 * once when no valuing word is near, instead of being tried at every character before the amount.
 */
const VALUE_OF_COINS = new RegExp(
  String.raw`(?<=(?:^|[^\d.,'’])(\d(?:[\d.,'’]*\d)?(?:[^\S\r\n]*(?:million|thousand|mil|k|m))?)[^\S\r\n]*(?:btc|bitcoins?|xbt)(?![\p{L}\d])` +
    String.raw`[^.;!?$€£\d]{0,30}(?:worth|valued|value[ds]?|tot(?:al|all?ing|aling)|wert|valeur|valant|valor|valore|waarde|=|\()[^.;!?$€£\d]{0,20})`,
  'iuy',
);
/** A ticker entry: bitcoin's symbol or name, then its price (`BTC $81,204.17`, `BTC/USD 81,204`, `Bitcoin Price: $8,714`). */
const TICKER_GAP =
  /^[\s()]*(?:\((?:btc|xbt)\))?[^\S\r\n]*(?:price|kurs|prix|precio|prezzo|preço|koers)?[^\S\r\n]*[:=]?[^\S\r\n]*$/i;
const TICKER_GAP_MAX = 12;
/** Bitcoin never traded below this (July 2010). */
const TICKER_FLOOR_USD = 0.04;
/**
 * The amount's sentence is a question: its end, before any other sentence end and within QUESTION_REACH, is a
 * question mark. Tried at the amount's end (sticky: no copy of the text after it).
 */
const QUESTION = /[^.!?\r\n—;]{0,119}\?/y;
const QUESTION_REACH = 120;
/** Words that make a question about a level speculative. */
const SPECULATIVE =
  /\b(?:can|will|could|would|may|might|next|coming|reach|hit|before|heading|headed|possible|likely)\b/i;
/** Clauses that set a condition: a level in them has not happened (`if it were to go back to $40,000`). */
const CONDITIONAL = /^(?:if|unless|once|should|falls|si|wenn|falls|se|als|indien)$/i;

const isAsset = (cue: Cue) => cue.category === 'bitcoin' || cue.category === 'other-asset';
const isTopic = (cue: Cue) =>
  cue.category === 'cost' || cue.category === 'non-price' || cue.category === 'price' || isAsset(cue);
const isForecast = (cue: Cue) => cue.category === 'forecast' || cue.category === 'target';

function quote(text: string, cue: Cue): string {
  return `"${text.slice(cue.start, cue.end)}"`;
}

/** An other-asset cue the amount could be the price of (not above the asset's ceiling). */
function canPrice(cue: Cue, usd: number): boolean {
  return cue.category === 'bitcoin' || usd <= cue.ceilingUsd;
}

/** Rule 1, which needs no sentence: the rule that makes the amount `other` by itself, if any. */
export function ruleWithoutSentence(
  amount: FoundAmount,
): 'not-dollars' | 'not-positive' | 'per-other-unit' | undefined {
  if (amount.currency !== 'USD') return 'not-dollars';
  if (!(amount.value > 0) || !Number.isFinite(amount.value)) return 'not-positive';
  if (amount.perUnit === 'other') return 'per-other-unit';
  return undefined;
}

/**
 * The ranges an amount is checked against: the article's date, and the past times its sentence names, looked up only
 * for an amount that does not fit the date (most do).
 */
export interface LazyReferences {
  atDate: ReferenceRange;
  all(): readonly ReferenceRange[];
}

function fitting(usd: number, kind: PlausibleAs, references: LazyReferences): ReferenceRange | undefined {
  return plausibleAgainst(usd, kind, [references.atDate]) ?? plausibleAgainst(usd, kind, references.all());
}

/**
 * Decides what one amount is about from the cues of its sentence. Rules, in order:
 * 1. not dollars, not positive, or priced per some unit other than a bitcoin → other;
 * 2. the asset: a noun right after the amount, else the nearest asset named before it, else after it in the
 *    sentence; another asset → other;
 * 3. the topic: a noun right after, else the nearest topic word before it in its clause (or in the sentence when
 *    the clause has no word of its own): cost words → btc-cost, sums of money (caps, flows, revenue...) → other;
 * 4. otherwise a price: a forecast word in its clause or right after makes it a target; with no asset named, a
 *    price or movement word must be in its clause;
 * 5. the value must be plausible for the kind against the bundled price at the article's date (or a past year
 *    named in the sentence), else → other.
 */
export function classifyAmount(
  text: string,
  amount: FoundAmount,
  cues: readonly Cue[],
  references: LazyReferences,
): Classification {
  const settled = ruleWithoutSentence(amount);
  if (settled === 'not-dollars') return { kind: 'other', rule: settled, currency: amount.currency };
  if (settled) return { kind: 'other', rule: settled };
  const usd = amount.value;

  let firstAfter = 0;
  while (firstAfter < cues.length && cues[firstAfter]!.start < amount.groupEnd) firstAfter++;
  let lastBefore = firstAfter - 1;
  while (lastBefore >= 0 && cues[lastBefore]!.end > amount.groupStart) lastBefore--;

  // A noun that describes the amount, right after it.
  let attached: Cue | undefined;
  let nextIndex = firstAfter;
  while (nextIndex < cues.length && cues[nextIndex]!.category === 'neutral') nextIndex++;
  const next = cues[nextIndex];
  if (
    next !== undefined &&
    (isTopic(next) || next.category === 'target') &&
    next.start - amount.groupEnd <= ATTACHING_GAP_MAX
  ) {
    if (ATTACHING_GAP.test(text.slice(amount.groupEnd, next.start))) attached = next;
  }
  // `$1.5 million bitcoin call for 2030`: a target word right after an attached bitcoin name.
  let attachedTarget: Cue | undefined = attached?.category === 'target' ? attached : undefined;
  if (attached?.category === 'bitcoin') {
    const afterAsset = cues[nextIndex + 1];
    if (
      afterAsset?.category === 'target' &&
      afterAsset.start - attached.end <= ATTACHING_GAP_MAX &&
      ATTACHING_GAP.test(text.slice(attached.end, afterAsset.start))
    ) {
      attachedTarget = afterAsset;
    }
  }

  // A change (`rose $3,000`, `a $3,000 swing`) is no level of anything.
  CHANGE_BEFORE.lastIndex = amount.groupStart;
  CHANGE_AFTER.lastIndex = amount.groupEnd;
  if (CHANGE_BEFORE.test(text) || CHANGE_AFTER.test(text)) {
    return { kind: 'other', rule: 'price-change' };
  }

  VALUE_OF_COINS.lastIndex = amount.groupStart;
  const quantity = VALUE_OF_COINS.exec(text);
  if (
    quantity !== null &&
    amount.perUnit !== 'bitcoin' &&
    parseFloat(quantity[1]!.replace(/[,'’]/g, '')) !== 1
  ) {
    return { kind: 'other', rule: 'value-of-coins' };
  }

  // The clause: back to the nearest clause break (`and`/`or` only when a new subject follows it).
  let scopeStart = 0;
  let assetSinceBreak = false;
  for (let index = lastBefore; index >= 0; index--) {
    const cue = cues[index]!;
    if (cue.category === 'clause' || (cue.category === 'weak-clause' && assetSinceBreak)) {
      scopeStart = index + 1;
      break;
    }
    if (isAsset(cue)) assetSinceBreak = true;
  }

  // Rule 2: the asset.
  let asset: Cue | undefined;
  if (amount.perUnit === 'bitcoin') {
    // `$70,000 per bitcoin`: the unit names the asset.
  } else if (attached !== undefined && isAsset(attached) && canPrice(attached, usd)) {
    asset = attached;
  } else {
    for (let index = lastBefore; index >= 0 && asset === undefined; index--) {
      const cue = cues[index]!;
      if (isAsset(cue) && canPrice(cue, usd)) asset = cue;
    }
    for (let index = firstAfter; index < cues.length && asset === undefined; index++) {
      const cue = cues[index]!;
      if (isAsset(cue) && canPrice(cue, usd)) asset = cue;
    }
  }
  if (asset?.category === 'other-asset') return { kind: 'other', rule: 'other-asset', cue: asset };
  let tickerIndex = lastBefore;
  while (
    tickerIndex >= 0 &&
    (cues[tickerIndex]!.category === 'price' || cues[tickerIndex]!.category === 'clause')
  ) {
    if (
      cues[tickerIndex]!.category === 'clause' &&
      !/^[()]$/.test(text.slice(cues[tickerIndex]!.start, cues[tickerIndex]!.end))
    )
      break;
    tickerIndex--;
  }
  const before = cues[tickerIndex];
  if (
    before?.category === 'bitcoin' &&
    amount.groupStart - before.end <= TICKER_GAP_MAX &&
    TICKER_GAP.test(text.slice(before.end, amount.groupStart)) &&
    attached === undefined &&
    usd >= TICKER_FLOOR_USD
  ) {
    // A quote strip is read as today's whatever the page's date: its price is bitcoin's by its symbol alone.
    return { kind: 'btc-price', rule: 'ticker', cue: before, asset: before };
  }
  const bitcoinNamed = asset !== undefined || amount.perUnit === 'bitcoin';

  // Rule 3: the topic.
  let topic: Cue | undefined;
  if (attached !== undefined && isTopic(attached) && !isAsset(attached)) {
    topic = attached;
  } else {
    let clauseHasWords = false;
    for (let index = lastBefore; index >= scopeStart && topic === undefined; index--) {
      const cue = cues[index]!;
      if (isTopic(cue)) topic = cue;
      if (cue.category === 'move' || cue.category === 'need') clauseHasWords = true;
    }
    if (topic === undefined && !clauseHasWords) {
      for (let index = scopeStart - 1; index >= 0 && topic === undefined; index--) {
        if (isTopic(cues[index]!)) topic = cues[index];
      }
    }
  }
  // `an average $57,146 per coin`: a unit price, whatever sum words (`spent`, `paid`) are around it.
  if (topic?.category === 'non-price' && amount.perUnit !== 'bitcoin') {
    return { kind: 'other', rule: 'sum-of-money', cue: topic };
  }
  if (topic?.category === 'cost') {
    const fits = fitting(usd, 'cost', references);
    return fits === undefined
      ? { kind: 'other', rule: 'cost-implausible', cue: topic, reference: references.atDate }
      : { kind: 'btc-cost', rule: 'cost', cue: topic, reference: fits };
  }

  // Rule 4: a price or a target.
  let forecast: Cue | undefined = attachedTarget;
  let levelWord: Cue | undefined = attached?.category === 'price' ? attached : undefined;
  for (let index = lastBefore; index >= scopeStart; index--) {
    const cue = cues[index]!;
    if (cue.category === 'need') break;
    if (isForecast(cue)) {
      forecast ??= cue;
      break;
    }
  }
  for (let index = lastBefore; index >= scopeStart && levelWord === undefined; index--) {
    const cue = cues[index]!;
    if (cue.category === 'move' || cue.category === 'price' || cue.category === 'need' || isForecast(cue)) {
      levelWord = cue;
    }
  }
  // A question about a level that has not been reached (`Can Bitcoin reach $30,000 before 2021?`).
  QUESTION.lastIndex = amount.groupEnd;
  if (forecast === undefined && QUESTION.test(text)) {
    const sentenceWords = text.slice(Math.max(0, amount.groupStart - QUESTION_REACH), amount.groupStart);
    if (
      SPECULATIVE.test(sentenceWords) ||
      SPECULATIVE.test(text.slice(amount.groupEnd, amount.groupEnd + QUESTION_REACH))
    ) {
      forecast = cues[lastBefore];
    }
  }
  const clauseOpener = scopeStart > 0 ? cues[scopeStart - 1] : undefined;
  if (
    forecast === undefined &&
    clauseOpener !== undefined &&
    CONDITIONAL.test(text.slice(clauseOpener.start, clauseOpener.end))
  ) {
    forecast = clauseOpener;
  }
  // A clause without words of its own (`…this week, from $19,660 on Sunday`, `Price Forecast: $97K`) takes its
  // level and forecast words from the sentence.
  if (levelWord === undefined && topic?.category === 'price') levelWord = topic;
  if (forecast === undefined && levelWord === topic) {
    for (let index = scopeStart - 1; index >= 0 && forecast === undefined; index--) {
      if (isForecast(cues[index]!)) forecast = cues[index];
    }
  }
  if (!bitcoinNamed && levelWord === undefined && forecast === undefined) {
    return { kind: 'other', rule: 'no-context' };
  }
  const cue = bitcoinNamed ? asset : (levelWord ?? forecast);

  // Rule 5: plausibility.
  if (forecast !== undefined) {
    const fits = fitting(usd, 'target', references);
    return fits === undefined
      ? { kind: 'other', rule: 'target-implausible', cue, asset, forecast, reference: references.atDate }
      : { kind: 'btc-target', rule: 'target', cue, asset, forecast, reference: fits };
  }
  const fits = fitting(usd, 'price', references);
  return fits === undefined
    ? { kind: 'other', rule: 'price-implausible', cue, asset, reference: references.atDate }
    : { kind: 'btc-price', rule: 'price', cue, asset, reference: fits };
}

const RULE_WORDS: Record<Rule, string> = {
  'not-dollars': 'not in US dollars',
  'not-positive': 'not a positive amount',
  'per-other-unit': 'priced per a unit other than a bitcoin',
  'price-change': 'a change in price, not a level',
  'value-of-coins': 'the value of a quantity of coins',
  'other-asset': 'the price of another asset',
  'sum-of-money': 'a sum of money (cap, flow, revenue, fee...)',
  cost: 'a production cost',
  'cost-implausible': 'cost words, but implausible as a cost',
  'no-context': 'no bitcoin, price or forecast word in its clause',
  target: 'a forecast',
  'target-implausible': 'forecast words, but implausible as a bitcoin target',
  price: 'a bitcoin price',
  ticker: "bitcoin's entry in a quote strip",
  'price-implausible': 'implausible as a bitcoin price',
};

/** The decision in words, for debugging: `a bitcoin price; asset "BTC"; plausible vs 2026-03`. */
export function describeClassification(text: string, classification: Classification): string {
  const parts = [RULE_WORDS[classification.rule]];
  if (classification.currency !== undefined) parts.push(`currency ${classification.currency}`);
  if (classification.asset !== undefined) parts.push(`asset ${quote(text, classification.asset)}`);
  if (classification.cue !== undefined && classification.cue !== classification.asset) {
    parts.push(`cue ${quote(text, classification.cue)}`);
  }
  if (classification.forecast !== undefined) parts.push(`forecast ${quote(text, classification.forecast)}`);
  if (classification.reference !== undefined) parts.push(`vs ${classification.reference.label}`);
  return parts.join('; ');
}
