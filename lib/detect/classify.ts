import type { Cue, CueCategory } from './find-cues';
import type { FoundAmount } from './find-amounts';
import {
  isMonthName,
  plausibleAgainst,
  plausibleAsAny,
  type PlausibleAs,
  type ReferenceRange,
} from './plausibility';
import { asciiLowerCase, unicodeLowerCase } from './lower-case-copy';
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
  | 'above-record'
  | 'ticker'
  | 'table-column'
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
 * start an adverbial (`$68,000 on heavy volume`, `$70,000 Monday`) break the link. Read in the text's lower case
 * (`unicodeLowerCase`), without the `i` flag: compiled case-insensitively it took 3.2 ms of a fresh page, 2.0 without
 * (medians of 15 pages); the German future's four patterns in `futureByVerbForm` 3.3 → 2.6 ms the same way.
 */
const ATTACHING_GAP = new RegExp(
  '^[^\\S\\r\\n]*(?:(?:in|of|off|for|worth|a|an|the|its|their|his|her|this|that|each|per)[^\\S\\r\\n]+){0,2}' +
    '(?:(?!(?:on|to|from|with|by|into|onto|than|during|against|this|last|yesterday|today|tomorrow|monday|tuesday|' +
    'wednesday|thursday|friday|saturday|sunday|and|or|has|have|had|is|are|was|were|be|been|being|did|does|do)' +
    "(?![\\p{L}]))[\\p{L}'’-]+[^\\S\\r\\n]+){0,2}$",
  'u',
);
/** The first of two amounts before one noun: the noun is each one's (`at the $85,000 and $80,000 strikes`). */
const ATTACHING_PAIR = /^\s*(?:and|or|und|oder|en|of)\s+\S*\d\S*\s+(?:dollars?\s+)?$/;
/** A forecast word that is a date (`by the end of the year`, `tegen eind`) and a verb of the past in English or Dutch. */
const BY_DATE = /^(?:by|tegen)\s/i;
/** The same after a level, also in German, Spanish, Italian and Portuguese (`bis Ende`, `a finales de`, `entro fine`). */
const BY_DATE_AFTER = /^(?:by|tegen|bis|a fin(?:ales)?|entro|até)\s/i;
const PAST_VERB = /(?<!\p{L})(?:was|were|had|stood|traded|stond|werd|\p{L}+ed)(?!\p{L})/iu;
/** A forecast cue that is a move noun with its article (`a drop to`, `einen Rückgang auf`, `une chute à`). */
const MOVE_NOUN = /^(?:an?|ein(?:e[mnr]?)?|une?|una?|uma?|een)\s/i;
/** Stems of verbs that foresee, warn or expect: a move they tell of has not happened (`warned of a drop to`). */
const FORESEEING = String.raw`(?:warn|fear|predict|expect|forecast|project|anticipat|brac|call|flag|signal|caution|hint|suggest|envisag|estim|model|alert|prév|prev|pronostic|annon|évoqu|ipotizz|prospett|voorspel|verwacht|befürcht|prognost|erwart|rechnet)`;
/** A past verb right before a move noun, maybe a word and a preposition between (`traded with`, `recovered from`). */
const PAST_TELLER = new RegExp(
  String.raw`(?<!\p{L})(?!${FORESEEING})(?:was|were|had|saw|suffered|\p{L}{3,}ed|\p{L}{3,}te|sufrió|\p{L}{3,}[oe]u|kende|onderging|` +
    String.raw`(?:a|ha)\s+(?!${FORESEEING})\p{L}+(?:[éiu]|ato|uto|ito))(?:\s+\p{L}+)?` +
    String.raw`(?:\s+(?:with|from|after|von|nach|de|desde|tras|da|dopo|após|d['’]une?|van|na))?\s+$`,
  'iu',
);
const PAST_TELLER_REACH = 40;
/**
 * A change, not a level: `rose $3,000`, `is up roughly $27,000` (the amount right after the verb), `a growth of
 * $2,763` (a noun of change with `of`); `end up around $5,000` is a level.
 */
const CHANGE_BEFORE = new RegExp(
  // A lookbehind at the amount's start: one test per amount instead of one per character before it.
  String.raw`(?<=(?:^|[^A-Za-z])(?:f[ae]ll|drop(?:ped|s)?|r[io]se|rises|gain(?:ed|s)?|lost|los(?:es|ing)|jump(?:ed|s)?|climb(?:ed|s)?|add(?:ed|s|ing)?|shed(?:s|ding)?|sl(?:id|ides|ipped)|surg(?:ed|es)|tumbl(?:ed|es)|rall(?:ied|ies)|plung(?:ed|es)|s[au]nk|soar(?:ed|s)|spik(?:ed|es)|dipp?(?:ed|s)?|declin(?:ed|es)|slump(?:ed|s)|rebound(?:ed|s)|swung|swings?|moved?|(?<!(?:end|ends|ended|ending|wind|winds|wound)\s)up|down|higher|lower|(?:an?|another)[^\S\r\n]+(?:[a-z-]+[^\S\r\n]+)?(?:growth|increase|decrease|gain|drop|decline|rise|fall|loss|jump|surge|plunge|slide)[^\S\r\n]+of)(?:[^\S\r\n]+by)?(?:[^\S\r\n]+(?:more[^\S\r\n]+than|nearly|about|almost|over|roughly|some|around|as[^\S\r\n]+much[^\S\r\n]+as|another|an[^\S\r\n]+additional|just|only|a[^\S\r\n]+further))?[^\S\r\n]*)`,
  'y',
);
const CHANGE_AFTER = new RegExp(
  String.raw`[^\S\r\n]*(?:(?:below|above|under|short of|shy of|off|away from)[^\S\r\n]+(?:its|the|their|a|an|this|that|last|record|all-time)(?![A-Za-z])` +
    String.raw`|(?:more|less|higher|lower|cheaper|dearer)[^\S\r\n]+than(?![A-Za-z])` +
    String.raw`|(?:(?:intraday|daily|overnight|weekly|hourly|single-day|one-day|one-hour|price)[^\S\r\n]+)?(?:drop|gain|move|swing|decline|jump|plunge|rally|rise|fall|loss|slide|sell-?off|bounce|spread|difference|gap|candle|wick|increase|decrease|premium|discount)s?(?![A-Za-z]))`,
  'y',
);
/**
 * A change in the other languages read: German `um` and Dutch `met` (`stieg um 2.000 Dollar`, `daalde met 2.000
 * dollar`), a move verb right before the amount (`caiu cerca de US$ 7.000`, `perdió 3.000 dólares`, `perd 3 000
 * dollars`), French `de` after a verb or noun of change (`une hausse de 5 000 dollars`, not followed by `à`), German
 * `von` after a noun of change (`ein Kursanstieg von 5.000 Dollar`, not followed by `auf`).
 */
export const CHANGE_BEFORE_OTHER_LANGUAGES = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:(?<!rund[^\S
])um|met|perdere|guadagnare|perder|ganar|perdre|gagner|ganhar|caiu|subiu|recuou|avançou|perdeu|ganhou|valorizou|cayó|subió|bajó|perdió|ganó|retrocedió|avanzó|perde|guadagna|cede|perso|guadagnato|perd|gagne|perdu|gagné|(?:chuté|baissé|augmenté|progressé|grimpé|reculé|bondi|plongé|hausse|baisse|chute|recul|progression|bond)[^\S
]+de|\p{L}*(?:anstieg|steigerung|sprung|zuwachs|verlust|rückgang|einbruch|aufschwung)[^\S
]+von)` +
    String.raw`(?:[^\S
]+(?:cerca[^\S
]+de|mais[^\S
]+de|quase|aproximadamente|más[^\S
]+de|casi|alrededor[^\S
]+de|unos|oltre|quasi|circa|più[^\S
]+di|plus[^\S
]+de|près[^\S
]+de|environ|quelque|meer[^\S
]+dan|bijna|ruim|zo['’]n|ongeveer|rund|etwa|knapp|fast|mehr[^\S
]+als))?[^\S
]*)`,
  'uy',
);
/**
 * How CHANGE_BEFORE_OTHER_LANGUAGES can end before the amount (its spaces aside): the last word of each of its words
 * and qualifiers. A change of those words must change this list (the unit test builds them from its source).
 */
const CHANGE_BEFORE_OTHER_LANGUAGES_ENDING = new RegExp(
  '(?:um|met|perdere|guadagnare|perder|ganar|perdre|gagner|ganhar|caiu|subiu|recuou|avançou|perdeu|ganhou|' +
    'valorizou|cayó|subió|bajó|perdió|ganó|retrocedió|avanzó|perde|guadagna|cede|perso|guadagnato|perd|gagne|perdu|' +
    "gagné|de|von|quase|aproximadamente|casi|unos|oltre|quasi|circa|di|environ|quelque|dan|bijna|ruim|['’]n|" +
    'ongeveer|rund|etwa|knapp|fast|als)$',
);
/** The longest of those endings, and so how much of the text before an amount the test reads. */
const CHANGE_BEFORE_OTHER_LANGUAGES_ENDING_LENGTH = 'aproximadamente'.length;

/**
 * False where CHANGE_BEFORE_OTHER_LANGUAGES cannot hold at `at` of `lowerCase` (the text before it, spaces aside, ends
 * with none of its words): there it is not run, and a page with none of these words before an amount does not compile
 * it (its `\p{L}` classes and lookbehinds took 1–2 ms of a fresh page).
 */
export function mayBeChangeInOtherLanguages(lowerCase: string, at: number): boolean {
  return CHANGE_BEFORE_OTHER_LANGUAGES_ENDING.test(
    lowerCase.slice(0, at).trimEnd().slice(-CHANGE_BEFORE_OTHER_LANGUAGES_ENDING_LENGTH),
  );
}

/** `de 70 000 à 60 000 dollars`, `von 53.000 auf 60.000 Dollar`: from one level to another, no change (a range is no change either). */
/** A unit of one coin mined or produced after the amount, in the seven languages. */
const PER_COIN_MINED =
  /\s*(?:\/|per|par|por|pro|je)\s+(?:bitcoin|btc|coin)s?\s+(?:mined|produced|min[ée]s?|produits?|minados?|producidos?|estratt[oi]|prodott[oi]|minerados?|produzidos?|geschürft|gedolven|geproduceerd)(?![\p{L}])/iuy;
const RELATIVE_COST_VERB = /\b(?:which|that)\s+cost(?:s|ed)?\b(?!,)/i;
const LEVEL_AT = /(?:^|\s)at\s$/i;
const FROM_TO_AFTER = /[^\S\r\n]*(?:à|a|au|auf)[^\S\r\n]/y;
const ATTACHING_GAP_MAX = 40;
/** A relative pronoun opening a clause, in the seven languages (`which`, `qui`, `que`, `che`, `die`, `der`, `dat`). */
const RELATIVE_PRONOUN = /^(?:which|qui|que|qu['’]|che|die|der|dat)(?![\p{L}])/iu;
/** Buying words in the seven languages: a buyer's figure per coin is a price paid (`custo médio de aquisição`). */
/** Costs named with no complement, in the seven languages (`costs`, `custos`, `coûts`, `costes`, `costi`, `Kosten`). */
const BARE_COST_NOUN = /(?<![a-zà-ÿ])(?:cost(?:s|es|os|i)|custos|co[uû]ts|kosten)(?![a-zà-ÿ])/;
const BUYING = /acqui|aquisi|adquisi|acquist|purchas|bought|buy|compr|achat|achet|kauf|koop|gekocht/;
/**
 * Paying, reaching or trading in the seven languages: a figure per coin paid, reached or traded is the market's
 * (`Auf Bitstamp wurden 2.972 Dollar pro Bitcoin erreicht`, `se pagaron 62.972 dólares por bitcoin`).
 */
const MARKET_DEAL =
  /\b(?:paid|reached|traded|gezahlt|bezahlt|erreicht|gehandelt|pay[ée]|atteint|échangé|pag(?:ad|ó|ar|at|os?\b)|alcanz|raggiun|scambiat|atingi|negociad|betaald|bereikt|verhandeld)/;
const boughtOrTraded = (sentence: string) => BUYING.test(sentence) || MARKET_DEAL.test(sentence);
const LEVEL_COMPOUND = /-(?:marke|grenze|schwelle|hürde|niveau)/iy;
/** Options and their strikes, and the words between them and the strike's level. */
const STRIKE = /^(?:calls|puts|strikes?|(?:call|put) options?)$/i;
const STRIKE_GAP = /^\s+(?:at|between|of|above|below)\s+$/i;
/** Between a forecast noun and its level (`target of`, `Zielkurs von`, `objectif de`, `obiettivo di`, `koersdoel van`). */
const TARGET_OF = /^\s+(?:of|von|de|des|di|dei|van)\s+(?:(?:the|los|las|les|os|as)\s+)?$/i;
/** Mining paying or not, in the seven languages (`unprofitable`, `rentable`, `redditizio`, `winstgevend`, `mit Verlust`). */
const PROFIT_WORDS =
  'rentab|redditiz|lucrativ|winstgevend|a loss|perte|pérdidas|perdita|prejuízo|verlies|verlust';
const PROFIT_AFTER = new RegExp(`profitab|${PROFIT_WORDS}`);
/**
 * Before the condition, the verb too (`miners can profit from bitcoin as long as it's worth more than`), not traders'
 * profit-taking (`took profits, and if bitcoin falls below`).
 */
const PROFIT_BEFORE = new RegExp(`(?<!(?:take|took|taking|takes) )profit|lucr[ae]r|${PROFIT_WORDS}`);
/**
 * `above`, `from` right before a level, in the seven languages (`stays above`, `à partir de`, `bei über`), as words
 * (not the end of `grab`, `rollover`).
 */
const ABOVE_BEFORE =
  /(?<![a-zß-ÿ])(?:above|over|au-dessus d[eu]s?|à partir d[eu]s?|über|ab|boven|vanaf|acima d[eo]s?|a partir d[eo]s?|por encima de|sopra|oltre)\s*(?:the\s+|los\s+|les\s+|die\s+|de\s+|os\s+|i\s+)?$/;
/** A verb of what would be, in the seven languages (`would`, `würde`, `rendrait`, `haría`). */
const WOULD = /(?<![\p{L}])(?:would|würde|rendrait|haría|renderebbe|tornaria|zou)(?![\p{L}])/u;
/** How far after an amount that verb may start (in its line). */
const WOULD_REACH = 40;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** How far from the amount a profit word is looked for. */
const PROFIT_REACH = 160;

/**
 * A level above which mining pays: the amount after `above` (ABOVE_BEFORE) and a profit or loss word before it in its
 * clause (from `clauseStart`, a cue index). Read on the lower-case copy.
 */
function payingAbove(
  text: string,
  cues: readonly Cue[],
  amount: FoundAmount,
  clauseStart: number,
  sentenceStart: number,
): boolean {
  const lowerCase = unicodeLowerCase(text);
  const from = Math.max(
    clauseStart > 0 ? cues[clauseStart - 1]!.end : sentenceStart,
    amount.groupStart - PROFIT_REACH,
  );
  return (
    ABOVE_BEFORE.test(lowerCase.slice(Math.max(0, amount.groupStart - 24), amount.groupStart)) &&
    PROFIT_AFTER.test(lowerCase.slice(from, amount.groupStart))
  );
}
/** `even` before `if` (`even if`, `selbst wenn`, `même si`, `incluso si`, `anche se`, `mesmo se`, `zelfs als`). */
const CONCESSIVE_BEFORE = /(?:even|selbst|auch|même|incluso|aun|anche|mesmo|zelfs)\s+$/;
/**
 * `$150,000 is a conservative estimate`, `… was our target`, `$7,300 is now the break-even cost`, `… is its next
 * target`, `… est son prochain objectif`, `… è il suo obiettivo`: a copula, maybe `now`, a determiner, up to two
 * words. (German and Dutch put the copula before the amount; those are read elsewhere.)
 */
const SUBJECT_OF_NOUN =
  /^\s+(?:(?:is|was|would be)\s+(?:(?:now|currently|still)\s+)?(?:an?|the|my|our|their|its|his|her)|(?:est|es|è|é)\s+(?:son|sa|leur|su|le|la|el|il|o|a))\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A quantity of coins other than one, then words that value it: `6.25 BTC, worth about $400,000`,
 * `10.000 Bitcoin im Wert von`, `6.25 Bitcoin, or about $188,876` (`, soit`, `, o sea`, `, also`). A lookbehind tried
 * at the amount's start: read backwards from there, it fails at once when no valuing word is near, instead of being
 * tried at every character before the amount. Only characters other than `.;!?$€£` and digits stand between the
 * quantity's last digit and the amount, so the first lookbehind turns away, for about half the cost of the second,
 * every amount whose nearest such character is not a digit.
 */
const VALUE_OF_COINS = new RegExp(
  String.raw`(?<![.;!?$€£][^.;!?$€£\d]*)(?<=(?:^|[^\d.,'’])(\d(?:[\d.,'’]*\d)?(?:[^\S\r\n]*(?:million|thousand|mil|k|m))?)[^\S\r\n]*(?:btc|bitcoins?|xbt)(?![\p{L}\d])` +
    String.raw`[^.;!?$€£\d]{0,30}(?:worth|valued|value[ds]?|tot(?:al|all?ing|aling)|wert|valeur|valant|valor|valore|waarde|=|\(|,[^\S\r\n]*(?:or|soit|o sea|ou seja|ovvero|ossia|oftewel|ofwel|also)(?![\p{L}]))[^.;!?$€£\d]{0,20})`,
  'iuy',
);
/** `worth` right before an amount, maybe a hedge between (`is now worth about`). */
const WORTH_BEFORE = /worth\s+(?:(?:about|around|roughly|nearly|almost|over|some|just)\s+)?$/i;
const WORTH_BEFORE_REACH = 20;
const INVESTED = /^invest/i;
/** A year after a word of time, not a count of coins (`by the end of 2018 bitcoin will be worth $25 thousand`). */
const YEAR_QUANTITY = /^20[0-4]\d$/;
const BEFORE_YEAR =
  /(?<![\p{L}])(?:of|in|by|since|until|end|ende|fin|fine|eind|en|em|de|di|im|bis|tegen|entro|até|hasta|desde|seit|sinds|depuis|dal|tot)\s+$/iu;
function yearBeforeCoin(text: string, quantity: string, end: number): boolean {
  if (!YEAR_QUANTITY.test(quantity)) return false;
  const start = text.lastIndexOf(quantity, end);
  return BEFORE_YEAR.test(text.slice(Math.max(0, start - 8), start));
}
/** A ticker entry: bitcoin's symbol or name, then its price (`BTC $81,204.17`, `BTC/USD 81,204`, `Bitcoin Price: $8,714`). */
const TICKER_GAP =
  /^[\s()]*(?:\((?:btc|xbt)\))?[^\S\r\n]*(?:price|kurs|prix|precio|prezzo|preço|koers)?[^\S\r\n]*[:=]?[^\S\r\n]*$/i;
const TICKER_GAP_MAX = 12;
/**
 * A later column of a quote table's row: the text before the amount ends with a figure, a percentage and only
 * amounts after it (`1 BTC/USD $9,929.00 9929 USD 0.0% $18,600 $139,124`: the pair's depth and volume after its
 * price and change). A strip's price after its change (`BTC +2.3% $81,204`) has no figure before the percentage.
 */
const TABLE_COLUMN =
  /\d[\d.,]*(?:[^\S\r\n]*(?:USD|EUR|BTC))?[^\S\r\n]+[+\-−]?\d[\d.,]*[^\S\r\n]?%(?:[^\S\r\n]+(?:US)?\$[^\S\r\n]?\d[\d.,]*)*[^\S\r\n]+$/;
const TABLE_COLUMN_REACH = 80;
const PERCENT = 0x25;

/**
 * Whether `text` holds the character between `from` and `to`. A bounded look: `lastIndexOf` from `to` goes on to
 * the text's start when the character is not there, once per amount (quadratic in a long text without it).
 */
function holdsCharacter(text: string, code: number, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === code) return true;
  return false;
}
/** Bitcoin never traded below this (July 2010). */
const TICKER_FLOOR_USD = 0.04;
/**
 * The amount's sentence is a question: its end, before any other sentence end and within QUESTION_REACH, is a
 * question mark. Tried at the amount's end (sticky: no copy of the text after it). The run before the mark is read
 * once in a lookahead (atomic): a plain `[^…]{0,119}\?` read back through every character of it before failing.
 */
const QUESTION = /(?=([^.!?\r\n—;]{0,119}))\1\?/y;
const QUESTION_REACH = 120;
/** Words that make a question about a level speculative. */
const SPECULATIVE =
  /(?<![\p{L}])(?:can|will|could|would|may|might|next|coming|reach|hit|before|heading|headed|possible|likely|soon|kann|könnte|wird|nächste|bald|peut|pourra|prochain|bientôt|va|puede|podrá|llegará|próximo|pronto|può|potrà|prossimo|presto|pode|poderá|vai|chega|chegará|kan|zal|volgende|binnenkort)(?![\p{L}])/iu;
/** A move verb in the past tense: a time after its level (`fell to $76,000 by February 4`) dates a fact. */
const PAST_MOVE = /(?:ed|fell|rose|sank|slid|broke|swung|shot|sat|stood|held|lost|leapt|went up|went down)$/i;
/** After a need (`must`, `have to`): the words up to a verb of reaching a level right before the amount. */
const REACH_AFTER_NEED =
  /^\s+(?:\S+\s+){0,10}?(?:reach|hit|breach|break|top|surpass|exceed|cross|clear|reclaim|regain|rise|climb|rally|return)(?:e?[sd])?(?:\s+(?:to|above|past|back|the))*\s*$/i;
/**
 * After a need, in any language: a further gain in percent, then a verb of reaching a level (`precisa de mais 10% de
 * valorização para atingir`, `needs another 10% to reach`): the level is still to be reached.
 */
const GAIN_AFTER_NEED =
  /\d\s?%.{0,40}?(?:reach|hit|break|top|ating|alcan[zç]|atteind|raggiung|erreich|bereik|super|dépass|franchi|cheg|lleg)/i;
/**
 * A level called current, or where it is trading now, is a fact, whatever verbs of the future are around it (`from
 * the current $700 level`, `the current Bitcoin value of about $445`, `its current high of`, `le cours actuel de`,
 * `Going to $1000, Currently Trading at $968`), and so is a past record (`would see it home in on its 2017 all-time
 * high of $20,000`).
 */
const CURRENT_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:(?:current|present|prevailing|today['’]s)\s+(?:(?:bitcoin\s+|btc\s+)?(?:price|level|value|high|rate)\s+(?:of|at|near)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?)?` +
    String.raw`|(?:aktuellen?|derzeitigen?)\s+(?:bitcoin-?)?(?:kurs|preis|wert|stand)\s+(?:von|bei)\s+(?:rund\s+|etwa\s+)?` +
    String.raw`|(?:prix|cours|niveau|valeur|precio|valor|nivel|prezzo|valore|livello|preço|nível)\s+(?:actuel(?:le)?|actual|attuale|atual)\s+(?:d[eou]l?\s+bitcoin\s+)?(?:de|di|à)\s+(?:environ\s+|unos\s+|circa\s+|cerca\s+de\s+)?` +
    String.raw`|huidige\s+(?:bitcoin)?(?:koers|prijs|waarde)\s+van\s+(?:ongeveer\s+)?` +
    String.raw`|(?:currently|now)\s+(?:(?:trading|changing hands|priced|sitting|standing|hovering)\s+)?(?:at|around|near)\s+(?:about\s+|around\s+)?` +
    String.raw`|(?:previous|prior|former|(?:its|the)\s+(?:\d{4}\s+)?(?:previous\s+)?)\s*(?:all-time\s+high|record(?:\s+high)?|peak)\s+(?:of|at|near)\s+(?:about\s+|around\s+|nearly\s+)?)$`,
  'i',
);
/**
 * How far above the highest monthly price by the article's date a level must be to be one not yet reached: monthly
 * prices are means, and a month's peak has been up to a third above its mean (December 2017: × 1.34 reads its
 * $20,000 as a forecast on every fold, × 1.4 none).
 */
const ABOVE_RECORD = 1.4;
/**
 * More than one significant digit (`7,3 millones`, `US$ 3,18 milhões`, `3,4 Mio. USD`; not `$1 million`): a level far
 * above any price that no word calls a forecast is a round one, and millions written so are a sum.
 */
const exactFigure = (usd: number) => String(Math.round(usd)).replace(/0+$/, '').length > 1;
/** The amount before this one in its sentence, and what it was read as. */
export interface PreviousAmount {
  start: number;
  end: number;
  kind: MentionKind;
}
/**
 * Between two figures of one list or comparison: the first one's unit and a one-word label, then a comma, dash,
 * `and`, `or` or `to`, maybe `up from`, `compared with`, `versus`, and a hedge (`about`).
 */
const LIST_GAP =
  /^(?:\s*(?:\/|per)\s*(?:btc|bitcoin|coin))?(?:\s+[a-z-]+)?(?:\s+in\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|q[1-4]|[a-z]+|\d{4})(?:\s+(?:of\s+)?\d{4})?)?(?:\s*\([^()]*\))?\s*(?:,\s*(?:and|or)|[,;/–-]|and|or|to|ou|o|oder|of|voire)\s*(?:(?:up|down)\s+from\s+|compared\s+(?:with|to)\s+|versus\s+|from\s+)?(?:(?:about|around|roughly|nearly|over|some|até|hasta|fino a|bis|tot|jusqu['’]à)\s+)?$/i;
/**
 * A comparison with the figure before, a few words after it (`…in the third quarter, up 13% from`, `un incremento
 * respecto a los`, `une nette diminution par rapport aux`, `im Vergleich zu`): the two figures are of one kind.
 */
const COMPARED_GAP =
  /(?:compared (?:to|with)|versus|(?:up|down|rise|increase|drop|decline|jump|fall) from|contre|par rapport (?:à|aux?)|respecto a|frente a|comparad[oa]s? (?:con|com|a)|em compara[çc][ãa]o (?:com|a)|rispetto a(?:i|gli|l|lla|lle)?|gegenüber|im vergleich zu|vergeleken met|ten opzichte van)(?: (?:the|l[oa]s|les|la|le|el|i|gli|ai|agli|os|as|aos|às|den|de|het))?(?: (?:about|around|some|environ|unos|cerca de|circa|rund|ongeveer))?\s*$/;
const COMPARED_GAP_MAX = 80;
/** Between a figure and the next name's figure in parentheses: `) et le Soudan (`, `; similarly, Austria (`. */
const PARENTHESIS_LIST_GAP =
  /^[^()]{0,25}?\)?\s*(?:[,;]|\s(?:and|et|y|e|und|en)\s)\s*(?:(?:and|et|y|e|und|en|similarly),?\s+)?(?:[^\s(),;]+\s+){0,4}\(\s*$/;
/** Clauses that set a condition: a level in them has not happened (`if it were to go back to $40,000`). */
/**
 * `as soon as` in the seven languages: a condition, unless its verb is a past move (`as soon as the asset dropped below
 * $43k`, `sobald der Kurs fiel`, `dès que le cours a chuté`, `en cuanto cayó`, `non appena è sceso`, `assim que caiu`,
 * `zodra de koers daalde`).
 */
const AS_SOON_AS_WORDS =
  'as soon as|dès que|sobald|en cuanto|tan pronto como|non appena|assim que|logo que|desde que|zodra';
const AS_SOON_AS = new RegExp(`^(?:${AS_SOON_AS_WORDS})$`, 'i');
/** `Before` opening a clause, in the seven languages. */
const BEFORE = /^(?:before|avant|antes|prima|voordat)(?![\p{L}])/iu;
const CONDITIONAL = new RegExp(
  `^(?:if|unless|once|should|falls|si|wenn|se|als|indien|caso|qualora|au cas où|soit|as long as|solange|tant que|siempre que|finché|purché|zolang|${AS_SOON_AS_WORDS})(?![\\p{L}])`,
  'iu',
);
/**
 * `if` in English, German and Dutch (not `als`, also German `when`; not Romance `si`, `se`, also whether and whereas:
 * `per capire se`, `si le 26 mai … coûtait`).
 */
const IF = /^(?:if|wenn|falls|indien)$/i;
/** A move verb's past form in the seven languages (`dropped`, `fiel`, `daalde`, `chuté`, `cayó`, `sceso`, `caiu`). */
const PAST_MOVE_ANY_LANGUAGE =
  /(?:ed|fell|rose|sank|slid|broke|swung|shot|lost|fiel|stieg|steeg|zonk|[^aeiou]te|[^aeiou]de|ó|iu|ou|é|ato|uto|eso)$/i;

/** True when the amount's clause, from `scopeStart` to its next clause break, holds a move verb in a past form. */
function pastMoveInClause(
  text: string,
  cues: readonly Cue[],
  scopeStart: number,
  amountEnd: number,
): boolean {
  for (let index = scopeStart; index < cues.length; index++) {
    const cue = cues[index]!;
    if (cue.category === 'clause' && cue.start >= amountEnd) return false;
    if (cue.category === 'move' && PAST_MOVE_ANY_LANGUAGE.test(text.slice(cue.start, cue.end))) return true;
  }
  return false;
}

/**
 * A word of falling right before a forecast's level (`fall below $10`, `crash down to about $1,000`, `la caída de la
 * criptomoneda hasta los 1.000 dólares`): a crash call, plausible far below the price. A rise to such a level is no
 * bitcoin figure.
 */
const FALL_BEFORE =
  /(?<!\p{L})(?:(?:drop|crash|plung|plummet|collaps|tumbl|chut|tomb|effondr|dégringol|desplom|despenc|kelder)\p{L}*|f[ae]ll(?:s|ing|en)?|down|below|descent|s[ai]nk(?:s|ing|en)?|fällt|fiel|absturz|abstürzen|unter|baisse|sous|caída|caer|debajo|calo|crollo|cadere|scendere|sotto|queda|cair|abaixo|daling|dalen|zakken|onder)(?!\p{L})/iu;
const FALL_REACH = 60;

/** A modal verb: a clause with one has a verb of its own (`…so it could be $20,000 by the end of the year`). */
const MODAL = /^(?:could|would|will|might|should|may|can|wird|werden|würde|könnte|kann|soll|zal|zou|kan)$/i;
const isModal = (text: string, cue: Cue) =>
  cue.category === 'forecast' && MODAL.test(text.slice(cue.start, cue.end));
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

/** Words that open a relative clause: `, which has acted as a floor,` is an aside. */
const RELATIVE = /^(?:which|who|whose)$/i;
/** The mark that closes an aside, by the one that opens it (char codes: `,` `(` `—`). */
const CLOSING = new Map([
  [44, 44],
  [40, 41],
  [0x2014, 0x2014],
]);
/** The marks that close an aside: a comma, a parenthesis, a dash. */
const ASIDE_CLOSE = new Set(CLOSING.values());
const markOf = (cue: Cue, text: string) => (cue.end - cue.start === 1 ? text.charCodeAt(cue.start) : -1);

/**
 * Asides before the amount, as ranges of cue indexes (exclusive ends): a comma, parenthesis or dash right after an
 * asset or topic word (`Bitcoin, often seen as a proxy for tech stocks, traded at`) or before `which`/`who`, up to
 * the matching comma, parenthesis or dash. An asset or topic named in an aside is not what the sentence goes on
 * about.
 */
function asideRanges(text: string, cues: readonly Cue[], lastBefore: number): number[] {
  const ranges: number[] = [];
  for (let open = 1; open < lastBefore; open++) {
    const cue = cues[open]!;
    if (cue.category !== 'clause') continue;
    const closing = CLOSING.get(markOf(cue, text));
    if (closing === undefined) continue;
    const before = cues[open - 1]!;
    const after = cues[open + 1]!;
    const opensAside =
      ((isTopic(before) || before.category === 'cost') &&
        /^\s*$/.test(text.slice(before.end, cue.start)) &&
        isSubject(text, before.start)) ||
      (after.category === 'clause' && RELATIVE.test(text.slice(after.start, after.end)));
    if (!opensAside) continue;
    for (let close = open + 1; close <= lastBefore; close++) {
      const candidate = cues[close]!;
      if (candidate.category === 'clause' && markOf(candidate, text) === closing) {
        ranges.push(open, close);
        open = close;
        break;
      }
    }
  }
  return ranges;
}

/** A phrase that starts with a preposition is no subject (`At current prices, …`). */
const PHRASE_BEFORE_SUBJECT = /(?:^|[.;:!?\n(,—])([^.;:!?\n(,—]*)$/;
const PREPOSITION =
  /(?:^|[^\p{L}])(?:at|in|on|with|for|by|from|to|of|after|before|under|over|near|amid|despite|during|since|than|like|as)(?![\p{L}])/iu;

/**
 * Bitcoin's market value (`bitcoin's market value hit $50,487`, `Marktwert`) written without a magnitude and at the
 * price of the date: one coin's, a price; all coins' value is millions or more.
 */
const MARKET_VALUE = /market value|marktwert/i;

/** True when the noun at `start` opens its clause, maybe after a determiner or adjectives, but no preposition. */
function isSubject(text: string, start: number): boolean {
  const phrase = PHRASE_BEFORE_SUBJECT.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  return !PREPOSITION.test(phrase);
}

/** The index of the `(` cue that the `)` cue at `close` closes, -1 if none. */
function openingParenthesis(text: string, cues: readonly Cue[], close: number): number {
  for (let index = close - 1; index >= 0; index--) {
    const mark = markOf(cues[index]!, text);
    if (mark === 40) return index;
    if (mark === 41) return -1;
  }
  return -1;
}

function isAside(ranges: readonly number[], index: number): boolean {
  for (let at = 0; at < ranges.length; at += 2)
    if (index > ranges[at]! && index < ranges[at + 1]!) return true;
  return false;
}

/**
 * A clause that only continues the one before its comma, read with it: a participle (`…will double at halving,
 * putting it at $17,800`, `…the decline could intensify, pushing it as low as $75,000`) or a figure set off by a
 * comma (`the break-even cost of mining a coin, currently at $8,038`), maybe after other figures of a list.
 * Participles that open an aside of their own (`according to`, `including`) do not.
 */
const CONTINUING_CLAUSE =
  /^\s*(?:(?:thereby|thus)\s+)?(?!(?:accord|includ|exclud|regard|follow|concern|depend|start)ing)(?:[a-z]{2,}ing|(?!(?:av|pend|dur|cepend|mainten)ant)[a-z]{2,}ant|dass)\b|^\s*(?:(?:currently|now|still|roughly|approximately|about|around|nearly|some|just|estimated)\s+)*(?:at|near|around|of)\s+(?:\$?\s?\d[\d.,]*\s*(?:and|or|to|,|-|–)\s*|(?:about|around|roughly|approximately|nearly|some|just|over)\s+)*$/i;

/**
 * Words that join a noun to its complement: `cost of producing a bitcoin`, `coût de production d'un bitcoin`, with the
 * digit for one (`le coût du minage d'1 BTC`).
 */
const COMPLEMENT_GAP =
  /^(?:[^\S\r\n]*(?:d['’]|(?:of|on|for|per|de|du|des|di|del|dello|della|do|da|van|von|für|pro|je|eines|einen|einem|eine|ein|un|una|uno|um|uma|een|één|a|an|one|the|le|la|il|el|o|het|das|dem|den|der|producing|mining|para|pour|por|par|(?:minera[çc]|produ[çc])[ãa]o|miner[íi]a|minage|produ(?:cci[óo]n|zione|ction)|produire|miner|producir|minar|produrre|minare|produzir|minerar|schürfen|te|om|moyens?|moyennes?|medi[oa]s?|médi[oa]s?|promedios?|totale?s?|marginale?s?|estimated|average|current|each|every|new|single|1|[úu]nic[oa]|seule?|sol[oa]|singolo|einzigen?|enkele|estimée?|estimad[oa]|stimat[oa])(?![\p{L}])))*[^\S\r\n]*$/u;

/**
 * A complement that opens with a preposition and holds up to four words before the coin's name, none of them a
 * figure or a cue (`the all-in cost of large public Bitcoin miners`, `o custo das grandes mineradoras de Bitcoin`,
 * `le coût de production pour extraire un bitcoin`): the name is still inside the cost's noun phrase. Not past a verb
 * of the sentence: an auxiliary, a modal or a negation, or in English a past form after the complement's first word
 * (`Energy costs for miners did not stop Bitcoin`, `The costs of miners pushed Bitcoin to`). Read word by word, in
 * the text's lower case: as one regular expression (a verb's lookahead before each word) it took 5–9 ms to compile
 * on a fresh page.
 */
function isComplementPhrase(gap: string): boolean {
  if (gap.includes('\r') || gap.includes('\n')) return false;
  // Spaces before the preposition and after the last word: `['', preposition, ...words, '']`.
  const parts = gap.split(/\s+/);
  const words = parts.slice(2, -1);
  return (
    parts[0] === '' &&
    parts.at(-1) === '' &&
    COMPLEMENT_PREPOSITIONS.has(parts[1]!) &&
    words.length >= 1 &&
    words.length <= 4 &&
    words.every(
      (word, index) =>
        LETTERS.test(word) && !COMPLEMENT_VERBS.has(word) && (index === 0 || !word.endsWith('ed')),
    )
  );
}
const COMPLEMENT_PREPOSITIONS = new Set(
  'of for de du des di del della dei degli do da dos das van voor von der für pour para per por'.split(' '),
);
const COMPLEMENT_VERBS = new Set(
  (
    'did does do is are was were has have had will would can could may might must should not ont a est sont ne ha han ' +
    'hanno è sono no non tem têm foi não hat haben ist sind wird werden nicht heeft hebben zijn niet'
  ).split(' '),
);
const LETTERS = /^[\p{L}'’-]+$/u;

/**
 * The topic of a noun phrase is its head: in `the cost of production of a bitcoin` the bitcoin name is the cost
 * word's complement, so the cost word is the topic.
 */
function headOfComplement(text: string, cues: readonly Cue[], topicIndex: number): Cue {
  const topic = cues[topicIndex]!;
  if (topic.category !== 'bitcoin') return topic;
  const head = cues[topicIndex - 1];
  // `cost` as a noun after a determiner or another noun, with a word of producing or of power before it or in its
  // complement (`the cost of electricity for obtaining one bitcoin`, `the average extraction cost for a single BTC`),
  // not the verb (`it will cost`) nor a buyer's cost (`the cost of one bitcoin`): its coin's phrase is a cost's.
  const before = head?.category === 'cost-verb' ? text.slice(Math.max(0, head.start - 12), head.start) : '';
  const costNoun =
    before !== '' &&
    text.charCodeAt(head!.start) === 99 &&
    COST_NOUN_BEFORE.test(before) &&
    PRODUCING.test(before + text.slice(head!.end, topic.start));
  if (head === undefined || (head.category !== 'cost' && !costNoun)) return topic;
  // Read in the text's lower case, without the `i` flag (see ATTACHING_GAP).
  const gap = unicodeLowerCase(text).slice(head.end, topic.start);
  if (COMPLEMENT_GAP.test(gap) || isComplementPhrase(gap))
    return costNoun ? { category: 'cost', start: head.start, end: topic.end, ceilingUsd: 0 } : head;
  return topic;
}
const COST_NOUN_BEFORE = /(?:^|[^a-z])(?:the|its|their|average|[a-z]+(?:ion|ity|ical))\s+$/i;
const PRODUCING = /produc|extract|electric|energy|power|mining/i;

/**
 * A relative clause right after the amount that says it is a cost: `below the $95,000 it costs the average miner to
 * produce a coin` (a cost verb, then a cost phrase, before any clause break).
 */
function costOfRelativeClause(
  text: string,
  cues: readonly Cue[],
  firstAfter: number,
  amount: FoundAmount,
): Cue | undefined {
  let verb = false;
  // `it costs about $200 in electricity, including cooling power, to mine one bitcoin`: after a cost verb (whose
  // subject is no bitcoin name) the purpose may follow an aside.
  const costVerb = cues[firstAfter - 1];
  const afterCostVerb =
    costVerb?.category === 'cost-verb' &&
    amount.groupStart - costVerb.end <= 12 &&
    cues[firstAfter - 2]?.category !== 'bitcoin';
  let pastClause = false;
  for (let index = firstAfter; index < cues.length; index++) {
    const cue = cues[index]!;
    // `it takes $100,000 in power and machines to produce a single bitcoin`: what producing one coin takes; so in
    // the other languages (`…, um einen Bitcoin zu erzeugen`, `para minar un bitcoin`, `om een bitcoin te delven`).
    if (
      cue.category === 'cost' &&
      cue.start - amount.groupEnd <= PURPOSE_REACH &&
      (/^(?:to|om)\s/i.test(text.slice(cue.start, cue.start + 3)) ||
        PURPOSE_BEFORE.test(text.slice(Math.max(0, cue.start - 6), cue.start)))
    ) {
      return cue;
    }
    // A comma before the purpose clause (`31.400 US-Dollar an Strom, um einen Bitcoin zu erzeugen`).
    const purpose = cues[index + 1];
    if (
      cue.category === 'clause' &&
      purpose?.category === 'cost' &&
      purpose.start - amount.groupEnd <= PURPOSE_REACH &&
      COMMA_PURPOSE.test(text.slice(cue.start, purpose.start))
    )
      return purpose;
    if (cue.category === 'clause' && afterCostVerb) pastClause = true;
    if (pastClause) {
      if (cue.start - amount.groupEnd > PURPOSE_REACH) return undefined;
      continue;
    }
    if (cue.category === 'clause') return undefined;
    if (cue.category === 'weak-clause') {
      if (verb) return undefined;
      continue;
    }
    if (cue.category === 'cost-verb') verb = true;
    else if (cue.category === 'cost' && verb) return cue;
    else if (cue.category !== 'neutral') return undefined;
  }
  return undefined;
}
/** How far after an amount a purpose (`to produce a bitcoin`) may say what the amount is spent on. */
const PURPOSE_REACH = 60;
/** The word opening a purpose clause right before a cost phrase, in the other languages (`um`, `para`, `per`, `pour`). */
const PURPOSE_BEFORE = /(?:^|\s)(?:um|para|per|pour)\s$/i;
const COMMA_PURPOSE = /^,\s*(?:um|para|per|pour)\s+$/i;

/**
 * A word, then a year (group 2): a month and its year when the word is a month's name (`in October 2022`, `im März
 * 2022`, `en octubre de 2022`, `a ottobre 2022`). Without the `i` flag (1.9 → 1.2 ms to compile on a fresh page):
 * its connectors are written in both cases, and U+0345, which a case-insensitive `\p{L}` also reads, is in its
 * classes.
 */
const WORD_AND_YEAR =
  /(?<![\p{L}\u0345])([\p{L}\u0345]{3,10}\.?)[^\S\r\n]+(?:(?:[dD][eE][lL]?|[oO][fF])[^\S\r\n]+)?(20[0-4]\d)(?!\d)/gu;
/** `Bitcoin to hit $200,000`: in a headline, a verb in the infinitive right after the subject is its future. */
const INFINITIVE_AFTER_SUBJECT = /^[^\S\r\n]*(?:\((?:btc|xbt)\)[^\S\r\n]*)?to[^\S\r\n]+$/i;
/**
 * German and Dutch future or modal: an auxiliary before the amount, an infinitive of a move after it (`wird auf
 * 100.000 Dollar steigen`, `kan 150.000 dollar bereiken`, `zal naar 150.000 dollar stijgen`).
 */
const GERMAN_FUTURE = /(?<![\p{L}])(?:wird|werden|würden?|kann|soll|kan|kunnen|zal|zou)(?![\p{L}])/u;
export const GERMAN_INFINITIVE =
  /^[^.;,!?\r\n]{0,40}?(?<![\p{L}])(?:steigen|fallen|klettern|sinken|erreichen|knacken|überschreiten|übersteigen|überspringen|zurückfallen|abstürzen|stehen|notieren|liegen|stijgen|dalen|bereiken|halen|zakken)(?![\p{L}])/u;
/**
 * How every infinitive of GERMAN_INFINITIVE ends (`-en`, `-rn` before no letter): a cheap test that turns away nearly
 * every amount before that pattern, which tries its words behind a lookbehind at up to 41 places.
 */
export const INFINITIVE_ENDING = /[er]n(?![\p{L}])/u;
/** A modal after the infinitive, as a subordinate clause has it (`dass er auf 100.000 Dollar klettern könnte`). */
const MODAL_AFTER = /^[^\S\r\n]+(?:könnten?|dürften?|sollten?|wird|werden|würden?)(?![\p{L}])/u;

/**
 * Any German infinitive before a modal of a subordinate clause (`dass Bitcoin gar auf 14.000 Dollar wachsen wird`),
 * read on the lower-case copy.
 */
const ANY_INFINITIVE_BEFORE_MODAL =
  /^[^.;,!?\r\n]{0,40}?[a-zäöüß][er]n[^\S\r\n]+(?:könnten?|dürften?|sollten?|wird|werden|würden?)(?![a-zäöüß])/;
/** A future said by the verb's form: an infinitive right after the subject, or a German future tense. */
function futureByVerbForm(
  text: string,
  cues: readonly Cue[],
  levelWord: Cue | undefined,
  amount: FoundAmount,
): Cue | undefined {
  if (levelWord?.category === 'move') {
    const subject = cues[cues.indexOf(levelWord) - 1];
    if (
      subject?.category === 'bitcoin' &&
      INFINITIVE_AFTER_SUBJECT.test(text.slice(subject.end, levelWord.start))
    ) {
      return levelWord;
    }
  }
  // The four patterns below read the text's lower case, without the `i` flag (see ATTACHING_GAP).
  const lowerCase = unicodeLowerCase(text);
  const after = lowerCase.slice(amount.groupEnd, amount.groupEnd + 60);
  if (!INFINITIVE_ENDING.test(after)) return undefined;
  if (ANY_INFINITIVE_BEFORE_MODAL.test(after))
    return { category: 'forecast', start: amount.groupEnd, end: amount.groupEnd, ceilingUsd: 0 };
  const infinitive = GERMAN_INFINITIVE.exec(after);
  if (infinitive === null) return undefined;
  if (MODAL_AFTER.test(after.slice(infinitive[0].length))) {
    return { category: 'forecast', start: amount.groupEnd, end: amount.groupEnd, ceilingUsd: 0 };
  }
  const lookback = Math.max(0, amount.groupStart - 80);
  const auxiliary = GERMAN_FUTURE.exec(lowerCase.slice(lookback, amount.groupStart));
  if (auxiliary === null) return undefined;
  const start = lookback + auxiliary.index;
  return { category: 'forecast', start, end: start + auxiliary[0].length, ceilingUsd: 0 };
}

/**
 * A cost phrase that names the cost of one coin (`to mine one bitcoin`, `production cost`, `marginal cost`), not costs
 * in general (`mining costs rose, with each new rig costing $6,000`).
 */
const COIN_COST = /bitcoin|btc|coin|produ|marginal|break|rentab|minar|minerar|minare|schürf|delven|extra/i;

/** The first cue of the clause that holds cue `index`: the one after the nearest clause break at or before it. */
function clauseStartAt(cues: readonly Cue[], index: number): number {
  while (index >= 0 && cues[index]!.category !== 'clause') index--;
  return index + 1;
}

/**
 * `Production costs include machines that cost $4,000 each`: the amount is what another noun costs. A pronoun or
 * `the process` as the verb's subject names no other noun (`the cheapest place to mine bitcoin, where it costs $531`).
 */
function costVerbBetween(text: string, cues: readonly Cue[], cost: Cue, amount: FoundAmount): boolean {
  return cues.some(
    (cue) =>
      cue.category === 'cost-verb' &&
      cue.start >= cost.end &&
      cue.end <= amount.groupStart &&
      !/(?:\bit|this|process)\s+$/i.test(text.slice(cost.end, cue.start)) &&
      !OWN_COST_VERB.test(text.slice(cost.end, cue.start)),
  );
}
/**
 * Between a cost phrase and the verb it is the subject of (`Mining one bitcoin costs`, `Mining a single bitcoin, an
 * energy-hungry process, now costs`): an aside or an adverb at most.
 */
const OWN_COST_VERB = /^(?:[^\S\r\n]*,[^,.;]{1,60},)?[^\S\r\n]+(?:\p{L}+[^\S\r\n]+)?$/u;

/** Cost words that name a break-even (`to break even`, `seuil de rentabilité`, `Gewinnschwelle`). */
const BREAK_EVEN = /break|rentab|equilibri|pareggio|gewinnschwelle|point mort|redditivit|profitab/i;

/**
 * A production cost said with a verb rather than a cost noun:
 * - a cost verb in the amount's clause, not right after a bitcoin name, and an amount per coin (`at 13 cents a kilowatt-hour this costs $110,000 per
 *   bitcoin`, `kostet dies 110.000 $ pro BTC`), unless the sentence is about buying or holding coins;
 * - the level bitcoin needs to reach in a sentence about breaking even (`to break even, the price would need to rise
 *   to $53,000 for one machine, $56,000 for another`).
 * The clause is the amount's own, or the sentence before it when the clause has no words of its own (a list).
 */
function costByVerbOrNeed(
  text: string,
  cues: readonly Cue[],
  amount: FoundAmount,
  scopeStart: number,
  lastBefore: number,
  clauseHasWords: boolean,
  sentence: LazyReferences,
): Cue | undefined {
  const from = clauseHasWords ? scopeStart : 0;
  if (amount.perUnit === 'bitcoin') {
    for (let index = lastBefore; index >= from; index--) {
      if (cues[index]!.category !== 'cost-verb') continue;
      // `one bitcoin costs $70,000 per coin`: bitcoin as the subject of the verb is its price.
      const subject = cues[index - 1];
      if (subject?.category === 'bitcoin' && /^\s*$/.test(text.slice(subject.end, cues[index]!.start)))
        return undefined;
      return cues.some((cue) => cue.category === 'non-price') ? undefined : cues[index];
    }
  }
  let need: Cue | undefined;
  for (let index = lastBefore; index >= from && need === undefined; index--) {
    // `an S21 breaks even at a bitcoin price of $42,000`: the price a break-even is reached at is its level.
    if (index >= scopeStart && isBreakEven(text, cues[index]!)) return cues[index];
    if (cues[index]!.category === 'need') need = cues[index];
  }
  if (need === undefined) return undefined;
  // A need in a sentence about mining paying (`aura besoin d'un bitcoin à plus de 62 935 $ pour être profitable`).
  return (
    cues.find((cue) => isBreakEven(text, cue)) ??
    (PROFIT_AFTER.test(
      unicodeLowerCase(text).slice(
        Math.max(sentence.start, need.start - PROFIT_REACH),
        Math.min(sentence.end, amount.groupEnd + PROFIT_REACH),
      ),
    )
      ? need
      : undefined)
  );
}

/**
 * A price level right after `below`, `unter`, `sous`, `por debajo de`, `sotto`, `abaixo de`, `onder` (`forced
 * liquidations clustered below $76,000`): the sum noun before it is not what the amount is, when the amount is no
 * large sum and fits a price at the article's date.
 */
function levelPrepositionBefore(
  text: string,
  cue: Cue | undefined,
  amount: FoundAmount,
  usd: number,
  references: LazyReferences,
): boolean {
  return (
    cue?.category === 'move' &&
    !amount.largeMagnitude &&
    LEVEL_PREPOSITION.test(text.slice(cue.start, amount.groupStart)) &&
    plausibleAgainst(usd, 'price', references.atDateOnly) !== undefined
  );
}
const LEVEL_PREPOSITION =
  /^(?:below|under|above|over|unter|über|sous|au-dessus d[eu]|au-dessous d[eu]|por (?:debajo|encima) de|sotto|sopra|abaixo d[eo]|acima d[eo]|onder|boven)\s*(?:(?:la|el|los|le|les|il|i|o|os|de) )?$/i;

// (At module level, not a closure made for every amount.)
function isBreakEven(text: string, cue: Cue): boolean {
  return cue.category === 'cost' && BREAK_EVEN.test(text.slice(cue.start, cue.end));
}

/**
 * `the cryptocurrency`, `die Kryptowährung`: bitcoin unless another asset is named in its clause, else nothing (it may
 * be that asset). An asset in a clause of its own (`The cryptocurrency rose to $1,275, while the price of gold
 * dropped`, `La criptovaluta … a 50.316 dollari, … smettere di accettarlo per l'acquisto di auto`) leaves it bitcoin's.
 * A copy only when there is such a name.
 */
function withGenericCoinsRead(cues: readonly Cue[]): readonly Cue[] {
  if (!cues.some((cue) => cue.category === 'generic-coin')) return cues;
  const clauseOf: number[] = [];
  const clausesWithAsset = new Set<number>();
  let clause = 0;
  for (const cue of cues) {
    if (cue.category === 'clause') clause++;
    clauseOf.push(clause);
    if (cue.category === 'other-asset') clausesWithAsset.add(clause);
  }
  return cues.map((cue, index) =>
    cue.category === 'generic-coin'
      ? { ...cue, category: clausesWithAsset.has(clauseOf[index]!) ? 'neutral' : 'bitcoin' }
      : cue,
  );
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
  /** `[atDate]`, made once rather than for every amount. */
  atDateOnly: readonly ReferenceRange[];
  /** Where the sentence names a year after the article's (`in 2030`): a time that has not come. */
  laterYears(): readonly number[];
  /** The article's year. */
  year(): number;
  /** The highest price bitcoin had reached by the article's date, NaN if unknown (`highestPriceBy`). */
  highestPrice(): number;
  all(): readonly ReferenceRange[];
  /** Every price from July 2010 to the article's date (`everyTimeUpTo`). */
  everyTime(): readonly ReferenceRange[];
  /** Where the amount's sentence starts and ends in the text. */
  readonly start: number;
  readonly end: number;
}

/** A verb or noun of rising before the amount, in the seven languages (`climbs over`, `stieg um mehr als`). */
const RISE_BEFORE =
  /r[io]s|gain|jump|climb|add|surg|rall|soar|spik|rebound|up |higher|subi|avan|gan[oóh]|valoriz|guadagn|gagn|augment|progress|grimp|bond|hausse|stieg|steig|steeg|stijg|sprung|zuwachs|aufschwung/;

/**
 * A rise larger than bitcoin's price at the date cannot be a change (the price after it would exceed it): it is a
 * level passed (`Bitcoin climbs over $10,000` in May 2020). Nor can any change larger than the highest monthly price
 * by the date (`tikte een recordniveau aan met bijna 42.000 dollar`, `schwankte um 42.000 Dollar`): a level.
 */
function riseAbovePrice(text: string, amount: FoundAmount, usd: number, references: LazyReferences): boolean {
  return (
    usd > references.atDate.highUsd &&
    (usd > references.highestPrice() ||
      RISE_BEFORE.test(unicodeLowerCase(text).slice(Math.max(0, amount.groupStart - 25), amount.groupStart)))
  );
}

/**
 * A comparison with a cost before it, no topic of its own between but the coin of a unit (`$13,000 per BTC, down
 * from $24,000`).
 */
function comparedWithCost(text: string, cues: readonly Cue[], from: number, to: number): boolean {
  return (
    to - from <= COMPARED_GAP_MAX &&
    COMPARED_GAP.test(unicodeLowerCase(text).slice(from, to)) &&
    !cues.some((cue) => cue.start >= from && cue.end <= to && isTopic(cue) && cue.category !== 'bitcoin')
  );
}

function fitting(usd: number, kind: PlausibleAs, references: LazyReferences): ReferenceRange | undefined {
  return plausibleAgainst(usd, kind, references.atDateOnly) ?? plausibleAgainst(usd, kind, references.all());
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
  previous?: PreviousAmount,
): Classification {
  const settled = ruleWithoutSentence(amount);
  if (settled === 'not-dollars') return { kind: 'other', rule: settled, currency: amount.currency };
  if (settled) return { kind: 'other', rule: settled };
  // (The pattern tries each digit; most texts before an amount have no percentage, which it needs.)
  const tableStart = Math.max(0, amount.groupStart - TABLE_COLUMN_REACH);
  if (
    holdsCharacter(text, PERCENT, tableStart, amount.groupStart) &&
    TABLE_COLUMN.test(text.slice(tableStart, amount.groupStart))
  ) {
    return { kind: 'other', rule: 'table-column' };
  }
  const usd = amount.value;
  cues = withGenericCoinsRead(cues);

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
    if (ATTACHING_GAP.test(unicodeLowerCase(text).slice(amount.groupEnd, next.start))) attached = next;
  }
  // The first of two amounts before one noun: the noun past the second amount's `and` is its own.
  const pairNoun = cues[nextIndex + 1];
  if (
    (next?.category === 'weak-clause' || next?.category === 'clause') &&
    pairNoun !== undefined &&
    (isTopic(pairNoun) || isForecast(pairNoun)) &&
    pairNoun.start - amount.groupEnd <= ATTACHING_GAP_MAX &&
    ATTACHING_PAIR.test(unicodeLowerCase(text).slice(amount.groupEnd, pairNoun.start))
  )
    attached = pairNoun;
  // `$1.5 million bitcoin call for 2030`: a target word right after an attached bitcoin name.
  let attachedTarget: Cue | undefined = attached !== undefined && isForecast(attached) ? attached : undefined;
  // The amount as the subject of a forecast or cost noun: `$150,000 is a conservative estimate`, `$7,300 is now the
  // break even mining cost`.
  if (
    (next?.category === 'target' || next?.category === 'cost') &&
    next.start - amount.groupEnd <= ATTACHING_GAP_MAX &&
    SUBJECT_OF_NOUN.test(text.slice(amount.groupEnd, next.start))
  ) {
    if (next.category === 'target') attachedTarget = next;
    else attached ??= next;
  }
  // A strike right after the options it is of (`open interest concentrated in calls between $95,000 and $120,000`):
  // the amount is what is bet on, whatever sum the sentence names.
  const strikeBefore = cues[lastBefore]?.category === 'target' ? cues[lastBefore] : cues[lastBefore - 1];
  if (
    strikeBefore?.category === 'target' &&
    STRIKE.test(text.slice(strikeBefore.start, strikeBefore.end)) &&
    STRIKE_GAP.test(text.slice(strikeBefore.end, amount.groupStart))
  )
    attachedTarget ??= strikeBefore;
  if (attached?.category === 'bitcoin') {
    const afterAsset = cues[nextIndex + 1];
    if (
      afterAsset?.category === 'target' &&
      afterAsset.start - attached.end <= ATTACHING_GAP_MAX &&
      ATTACHING_GAP.test(unicodeLowerCase(text).slice(attached.end, afterAsset.start))
    ) {
      attachedTarget = afterAsset;
    }
  }

  // A change (`rose $3,000`, `a $3,000 swing`) is no level of anything.
  CHANGE_BEFORE.lastIndex = amount.groupStart;
  CHANGE_AFTER.lastIndex = amount.groupEnd;
  // After `at`, a level: a word of change after it is a verb (`once resistance at $10,000 falls`).
  if (
    (CHANGE_BEFORE.test(asciiLowerCase(text)) && !riseAbovePrice(text, amount, usd, references)) ||
    (CHANGE_AFTER.test(asciiLowerCase(text)) &&
      !LEVEL_AT.test(text.slice(Math.max(0, amount.groupStart - 4), amount.groupStart)))
  ) {
    return { kind: 'other', rule: 'price-change' };
  }
  CHANGE_BEFORE_OTHER_LANGUAGES.lastIndex = amount.groupStart;
  FROM_TO_AFTER.lastIndex = amount.groupEnd;
  const inRange = amount.groupStart !== amount.start || amount.groupEnd !== amount.end;
  if (
    !inRange &&
    mayBeChangeInOtherLanguages(unicodeLowerCase(text), amount.groupStart) &&
    CHANGE_BEFORE_OTHER_LANGUAGES.test(unicodeLowerCase(text)) &&
    !FROM_TO_AFTER.test(text) &&
    !riseAbovePrice(text, amount, usd, references)
  ) {
    return { kind: 'other', rule: 'price-change' };
  }

  VALUE_OF_COINS.lastIndex = amount.groupStart;
  const quantity = VALUE_OF_COINS.exec(text);
  if (
    quantity !== null &&
    amount.perUnit !== 'bitcoin' &&
    parseFloat(quantity[1]!.replace(/[,'’]/g, '')) !== 1 &&
    !yearBeforeCoin(text, quantity[1]!, amount.groupStart)
  ) {
    return { kind: 'other', rule: 'value-of-coins' };
  }

  // What a sum invested earlier in the sentence is worth now (`$1,200 invested in BTC in March is now worth $12,930`):
  // a sum, not a coin's price (nor a forecast: `a $100 investment would be worth $1 million`).
  if (
    WORTH_BEFORE.test(text.slice(Math.max(0, amount.groupStart - WORTH_BEFORE_REACH), amount.groupStart)) &&
    cues.some(
      (cue) =>
        cue.category === 'non-price' &&
        cue.start >= references.start &&
        cue.end <= amount.groupStart &&
        INVESTED.test(text.slice(cue.start, cue.end)) &&
        // A sum next to it (`a $100 investment`, `invested $1,000`), not `Chief Investment Officer`.
        /\d/.test(text.slice(Math.max(0, cue.start - 12), cue.end + 12)),
    )
  )
    return { kind: 'other', rule: 'sum-of-money' };

  // The clause: back to the nearest clause break (`and`/`or` only when a new subject follows it).
  let scopeStart = 0;
  let assetSinceBreak = false;
  // A closed parenthesis is an aside inside the clause (`Analysts expect Bitcoin (BTC) to reach $150,000`): its words
  // name no topic of the amount's (`the average cost to mine one Bitcoin (BTC) can jump to`).
  let parenthesisOpen = -1;
  let parenthesisClose = -1;
  for (let index = lastBefore; index >= 0; index--) {
    const cue = cues[index]!;
    if (markOf(cue, text) === 41) {
      const open = openingParenthesis(text, cues, index);
      if (open !== -1) {
        if (parenthesisOpen === -1) [parenthesisOpen, parenthesisClose] = [open, index];
        index = open;
        continue;
      }
    }
    if (cue.category === 'clause' || (cue.category === 'weak-clause' && assetSinceBreak)) {
      scopeStart = index + 1;
      break;
    }
    if (isAsset(cue)) assetSinceBreak = true;
  }

  const opener = scopeStart > 0 ? cues[scopeStart - 1]! : undefined;
  if (
    opener !== undefined &&
    markOf(opener, text) === 44 &&
    CONTINUING_CLAUSE.test(text.slice(opener.end, amount.groupStart))
  ) {
    scopeStart = clauseStartAt(cues, scopeStart - 2);
  }

  // An aside between a subject and its verb (`The production cost, according to JPMorgan, is about $45,000`,
  // `Miners' cost per coin, which rose after the halving, stands at`): the topic is the subject's, read without the
  // aside's words.
  let asideOpener = -1;
  let topicScopeStart = scopeStart;
  if (scopeStart > 1 && ASIDE_CLOSE.has(markOf(cues[scopeStart - 1]!, text))) {
    const ranges = asideRanges(text, cues, scopeStart - 1);
    if (ranges.at(-1) === scopeStart - 1) {
      asideOpener = ranges.at(-2)!;
      topicScopeStart = clauseStartAt(cues, asideOpener - 1);
    }
  }

  const clauseOpener = scopeStart > 0 ? cues[scopeStart - 1] : undefined;
  const conditional =
    clauseOpener !== undefined && CONDITIONAL.test(text.slice(clauseOpener.start, clauseOpener.end));

  // The cue before the amount past price words and parentheses (`Bitcoin (BTC) Price:`).
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
  // `BTC/USD 81,204`: the pair's code is read as the amount's currency, so the symbol ends inside the amount.
  const pair = cues[lastBefore + 1];
  const before =
    pair !== undefined && isAsset(pair) && pair.start < amount.groupStart ? pair : cues[tickerIndex];
  // A quote strip's entry: the symbol or name right before the amount owns it, not the next entry's name right after
  // it (`WBTC $81,180 BTC $81,204`, `Bitcoin $81,204 Wrapped Bitcoin $81,180`).
  const entry =
    before !== undefined &&
    isAsset(before) &&
    amount.groupStart - before.end <= TICKER_GAP_MAX &&
    TICKER_GAP.test(text.slice(before.end, amount.groupStart))
      ? before
      : undefined;

  // Rule 2: the asset.
  let asset: Cue | undefined;
  if (amount.perUnit === 'bitcoin') {
    // `$70,000 per bitcoin`: the unit names the asset.
  } else if (entry !== undefined && canPrice(entry, usd)) {
    asset = entry;
  } else if (attached !== undefined && isAsset(attached) && canPrice(attached, usd)) {
    asset = attached;
  } else {
    const aside = asideRanges(text, cues, lastBefore);
    for (let index = lastBefore; index >= 0 && asset === undefined; index--) {
      const cue = cues[index]!;
      if (isAsset(cue) && canPrice(cue, usd) && !isAside(aside, index)) asset = cue;
    }
    // An other asset named after the amount owns it only within the amount's clause.
    let clauseEnded = false;
    for (let index = firstAfter; index < cues.length && asset === undefined; index++) {
      const cue = cues[index]!;
      if (cue.category === 'clause') clauseEnded = true;
      if (isAsset(cue) && canPrice(cue, usd) && !(clauseEnded && cue.category === 'other-asset')) asset = cue;
    }
  }
  if (asset?.category === 'other-asset') return { kind: 'other', rule: 'other-asset', cue: asset };
  if (
    entry?.category === 'bitcoin' &&
    // Prose that forecasts (`verwacht dat bitcoin 150.000 dollar haalt`, `falls der Bitcoin 100.000 Dollar
    // überschreitet`) is no quote strip.
    !conditional &&
    !cues.some((cue) => isForecast(cue) || cue.category === 'need') &&
    (attached === undefined || isAsset(attached)) &&
    usd >= TICKER_FLOOR_USD &&
    // No figure of any kind at any time the sentence names (`BTC $70` on a 2026 page): other, as detection's early
    // exit (`isOtherForSure`) reads it without classifying.
    plausibleAsAny(usd, references.all())
  ) {
    // A quote strip is read as today's whatever the page's date: its price is bitcoin's by its symbol alone, within
    // the widest band of plausibility.
    return { kind: 'btc-price', rule: 'ticker', cue: entry, asset: entry };
  }
  const bitcoinNamed = asset !== undefined || amount.perUnit === 'bitcoin';

  // Rule 3: the topic.
  let clauseHasWords = false;
  let bareCost: Cue | undefined;
  let topic: Cue | undefined;
  if (attached !== undefined && isTopic(attached) && !isAsset(attached)) {
    topic = attached;
  } else {
    let topicIndex = -1;
    for (let index = lastBefore; index >= scopeStart && topicIndex === -1; index--) {
      const cue = cues[index]!;
      if (index > parenthesisOpen && index < parenthesisClose) continue;
      if (isTopic(cue)) topicIndex = index;
      if (cue.category === 'move' || cue.category === 'need' || isModal(text, cue)) clauseHasWords = true;
    }
    // The subject before an aside, when it is a cost (`The production cost, according to JPMorgan, is about`).
    for (
      let index = asideOpener - 1;
      asideOpener > 0 && index >= topicScopeStart && topicIndex === -1;
      index--
    ) {
      if (isTopic(cues[index]!))
        topicIndex = headOfComplement(text, cues, index).category === 'cost' ? index : -2;
    }
    if (topicIndex === -2) topicIndex = -1;
    // A clause with no cue whose own words name costs (`custos adicionais podem colocar o total em mais de US$ 30.000`,
    // `extra costs push the total above $30,000`): the amount is those costs', not the asset's named before.
    if (topicIndex === -1 && !clauseHasWords && scopeStart > 0) {
      const clauseStart = cues[scopeStart - 1]!.end;
      // Read in the text's lower case, without the `i` and `u` flags (see ATTACHING_GAP).
      const noun = BARE_COST_NOUN.exec(unicodeLowerCase(text).slice(clauseStart, amount.groupStart));
      if (noun !== null)
        bareCost = {
          category: 'cost',
          start: clauseStart + noun.index,
          end: clauseStart + noun.index + noun[0].length,
          ceilingUsd: 0,
        };
    }
    if (topicIndex === -1 && !clauseHasWords && bareCost === undefined) {
      const aside = asideRanges(text, cues, scopeStart - 1);
      for (let index = scopeStart - 1; index >= 0 && topicIndex === -1; index--) {
        if (isTopic(cues[index]!) && !isAside(aside, index)) topicIndex = index;
      }
    }
    // A sentence about a cost that names no coin (`I costi di produzione variano…, con la media ponderata che
    // raggiunge $82,400`): a level in a later clause is the cost's, when the cost noun is the sentence's first topic and
    // its subject.
    if (topicIndex === -1 && clauseHasWords && asset === undefined) {
      const subject = cues.findIndex(isTopic);
      if (
        subject !== -1 &&
        subject < scopeStart &&
        cues[subject]!.category === 'cost' &&
        isSubject(text, cues[subject]!.start)
      )
        topicIndex = subject;
    }
    // A relative clause on a cost (`the cost of producing each bitcoin, which was estimated at around $24,000`, `le
    // coût de production, qui tournait autour de`): its amount is the cost's, whatever move it names.
    if (topicIndex === -1 && scopeStart >= 2) {
      const opener = cues[scopeStart - 1]!;
      const comma =
        markOf(opener, text) === 44
          ? scopeStart - 1
          : RELATIVE_PRONOUN.test(text.slice(opener.start, opener.end))
            ? scopeStart - 2
            : -1;
      if (
        comma > 0 &&
        markOf(cues[comma]!, text) === 44 &&
        (comma < scopeStart - 1 ||
          RELATIVE_PRONOUN.test(text.slice(opener.end, opener.end + 6).trimStart())) &&
        headOfComplement(text, cues, comma - 1).category === 'cost'
      )
        topicIndex = comma - 1;
    }
    if (topicIndex !== -1) topic = headOfComplement(text, cues, topicIndex);
  }
  // `an average $57,146 per coin`: a unit price, whatever sum words (`spent`, `paid`) are around it.
  // `dominated by $100,000 calls`: the noun attached to the amount names it, whatever sums the sentence names.
  if (
    topic?.category === 'non-price' &&
    amount.perUnit !== 'bitcoin' &&
    attachedTarget === undefined &&
    // A forecast noun right before the amount, a preposition between (`seinen Zielkurs von 120.000 US-Dollar`, `a
    // target of $150,000`, `l'objectif de 40 000 dollars`): the amount is its level, whatever sum came before, when
    // no asset is named (a fund's name holds sum words: `de Bitcoin Investment Trust … het koersdoel van 800 dollar`).
    !(
      asset === undefined &&
      cues[lastBefore]?.category === 'target' &&
      topic.end <= cues[lastBefore]!.start &&
      TARGET_OF.test(text.slice(cues[lastBefore]!.end, amount.groupStart))
    ) &&
    !levelPrepositionBefore(text, cues[lastBefore], amount, usd, references) &&
    !(
      asset?.category === 'bitcoin' &&
      !amount.largeMagnitude &&
      MARKET_VALUE.test(text.slice(topic.start, topic.end)) &&
      plausibleAgainst(usd, 'price', references.atDateOnly) !== undefined
    )
  ) {
    return { kind: 'other', rule: 'sum-of-money', cue: topic };
  }
  let cost = topic?.category === 'cost' ? topic : bareCost;
  if (cost === undefined && topic?.category !== 'non-price')
    cost = costOfRelativeClause(text, cues, firstAfter, amount);
  if (cost === undefined && topic?.category !== 'non-price')
    cost = costByVerbOrNeed(text, cues, amount, scopeStart, lastBefore, clauseHasWords, references);
  // `$52,000 per bitcoin mined`, `4 181 $ par bitcoin miné`: a unit of one coin mined is a cost's.
  if (cost === undefined && amount.perUnit === 'bitcoin') {
    PER_COIN_MINED.lastIndex = amount.end;
    if (PER_COIN_MINED.test(text))
      cost = { category: 'cost', start: amount.end, end: PER_COIN_MINED.lastIndex, ceilingUsd: 0 };
  }
  if (cost !== undefined) {
    topic = cost;
    // `machines, which cost around $1,800 each`: what the relative clause's noun costs.
    const fits = RELATIVE_COST_VERB.test(text.slice(cost.end, amount.groupStart))
      ? undefined
      : (fitting(usd, 'cost', references) ??
        (costVerbBetween(text, cues, cost, amount)
          ? undefined
          : fitting(
              usd,
              amount.perUnit === 'bitcoin' || COIN_COST.test(text.slice(cost.start, cost.end))
                ? 'coin-cost'
                : 'cheap-cost',
              references,
            )));
    return fits === undefined
      ? { kind: 'other', rule: 'cost-implausible', cue: topic, reference: references.atDate }
      : { kind: 'btc-cost', rule: 'cost', cue: topic, reference: fits };
  }

  // An item of a list or a figure compared with the one before it (`$18,863/BTC operating, $67,313/BTC total`,
  // `above $70,000 per BTC, up from $64,000`, `back to $35,000, $40,000`) is a figure of the same kind.
  // So is a figure in parentheses after a name, in a list of names each with its figure (`Trinidad and Tobago
  // ($1,190), and Uzbekistan ($1,988)`, `l'Algérie (4,181 $ par bitcoin miné) et le Soudan (4,781 $)`), when the
  // figure before is a cost, which is one coin's (after a forecast, such a list was read as more forecasts).
  const namedInList =
    previous?.kind === 'btc-cost' &&
    PARENTHESIS_LIST_GAP.test(text.slice(previous.end, amount.start)) &&
    /^\s*\)/.test(text.slice(amount.end, amount.end + 2));
  if (
    previous !== undefined &&
    (previous.kind === 'btc-cost' || previous.kind === 'btc-target') &&
    (namedInList ||
      LIST_GAP.test(text.slice(previous.end, amount.start)) ||
      (previous.kind === 'btc-cost' && comparedWithCost(text, cues, previous.end, amount.start)))
  ) {
    const kind = previous.kind;
    const fits =
      fitting(usd, kind === 'btc-cost' ? 'cost' : 'target', references) ??
      (namedInList ? fitting(usd, 'coin-cost', references) : undefined);
    if (fits !== undefined)
      return { kind, rule: kind === 'btc-cost' ? 'cost' : 'target', asset, reference: fits };
  }

  // Rule 4: a price or a target.
  let forecast: Cue | undefined = attachedTarget;
  let levelWord: Cue | undefined = attached?.category === 'price' ? attached : undefined;
  let clauseForecast = false;
  for (let index = lastBefore; index >= scopeStart; index--) {
    const cue = cues[index]!;
    if (cue.category === 'need') {
      // A level that would still have to be reached is a target (`would have to gain 60% to breach $100,000`).
      if (
        (/would\s+(?:need|have)/i.test(text.slice(Math.max(0, cue.start - 6), cue.end)) &&
          REACH_AFTER_NEED.test(text.slice(cue.end, amount.groupStart))) ||
        GAIN_AFTER_NEED.test(text.slice(cue.end, amount.groupStart))
      )
        forecast ??= cue;
      break;
    }
    if (isForecast(cue)) {
      forecast ??= cue;
      clauseForecast = true;
      break;
    }
  }
  for (let index = lastBefore; index >= scopeStart && levelWord === undefined; index--) {
    const cue = cues[index]!;
    if (cue.category === 'move' || cue.category === 'price' || cue.category === 'need' || isForecast(cue)) {
      levelWord = cue;
    }
  }
  // A level above which mining pays (`which remain profitable with the price above $44,000`, `le S21 est profitable à
  // partir de`, `stieg die Schwelle, ab der das Mining noch profitabel ist, auf über 30.000 USD`): a break-even, a
  // cost; not a level the price has passed (a past move in the clause).
  if (
    payingAbove(text, cues, amount, topicScopeStart, references.start) &&
    !pastMoveInClause(text, cues, scopeStart, amount.groupEnd)
  ) {
    const fits = fitting(usd, 'cost', references);
    if (fits !== undefined) return { kind: 'btc-cost', rule: 'cost', reference: fits };
  }
  // A level that would make mining pay (`a price of $126,000 would make mining profitable`, `un prix de 126 000 dollars
  // rendrait le minage rentable`): a break-even, a cost.
  const after = unicodeLowerCase(text)
    .slice(amount.groupEnd, Math.min(references.end, amount.groupEnd + 120))
    .split(/[.;!?]/, 1)[0]!;
  // The verb found by a plain search, then its place checked: a pattern reading up to 40 characters before it at each
  // amount was 1 ms of a 2 MB pass.
  const would = WOULD.exec(after);
  if (
    would !== null &&
    would.index <= WOULD_REACH &&
    !LINE_BREAK.test(after.slice(0, would.index)) &&
    PROFIT_AFTER.test(after.slice(would.index + would[0].length))
  ) {
    const fits = fitting(usd, 'cost', references);
    if (fits !== undefined) return { kind: 'btc-cost', rule: 'cost', reference: fits };
  }
  // A level noun joined to the amount by a hyphen, where no cue starts (`die 3.000-Dollar-Marke`).
  LEVEL_COMPOUND.lastIndex = amount.groupEnd;
  if (levelWord === undefined && LEVEL_COMPOUND.test(text))
    levelWord = { category: 'price', start: amount.groupEnd, end: LEVEL_COMPOUND.lastIndex, ceilingUsd: 0 };
  // An amount that opens its clause, a level noun later in it (`$60,000 should act as solid support`, `Los 60 mil
  // dólares deben actuar como soporte`, `Die 13.400 US-Dollar sind die nächste Hürde`).
  if (levelWord === undefined && lastBefore < scopeStart) {
    for (let index = firstAfter; index < cues.length && cues[index]!.category !== 'clause'; index++) {
      if (cues[index]!.category === 'price') {
        levelWord = cues[index];
        break;
      }
    }
    // … or ends a phrase of its own, at most a word before its comma, the level noun the next clause's subject
    // (`Désormais à plus de 5000 dollars, la valeur ne semble`; not `$72,000 went to charity, a record`).
    const [comma, subject] = [cues[firstAfter], cues[firstAfter + 1]];
    if (
      levelWord === undefined &&
      comma &&
      subject &&
      markOf(comma, text) === 44 &&
      /^\s*(?:\p{L}+\s*)?$/u.test(text.slice(amount.groupEnd, comma.start)) &&
      subject.category === 'price' &&
      isSubject(text, subject.start)
    )
      levelWord = subject;
  }
  // A question about a level that has not been reached (`Can Bitcoin reach $30,000 before 2021?`).
  QUESTION.lastIndex = amount.groupEnd;
  if (forecast === undefined && QUESTION.test(text)) {
    const sentenceWords = text.slice(Math.max(0, amount.groupStart - QUESTION_REACH), amount.groupStart);
    if (
      SPECULATIVE.test(sentenceWords) ||
      SPECULATIVE.test(text.slice(amount.groupEnd, amount.groupEnd + QUESTION_REACH))
    ) {
      // A question of bare levels (`Where next? $80,000 or $60,000?`): the question mark is the forecast.
      const mark = QUESTION.lastIndex - 1;
      forecast = cues[lastBefore] ?? { category: 'forecast', start: mark, end: mark + 1, ceilingUsd: 0 };
    }
  }
  if (
    forecast === undefined &&
    conditional &&
    !(
      AS_SOON_AS.test(text.slice(clauseOpener!.start, clauseOpener!.end)) &&
      pastMoveInClause(text, cues, scopeStart, amount.groupEnd)
    )
  )
    forecast = clauseOpener;
  // The clauses after a condition, past a comma (`if $37,000 breaks, there is not much support until the $30,000
  // level`, `wenn … fällt, …`): what would follow has not happened either, unless its verb is a past move. Up to
  // three clauses back.
  if (
    forecast === undefined &&
    scopeStart > 1 &&
    !pastMoveInClause(text, cues, scopeStart, amount.groupEnd)
  ) {
    let comma = false;
    for (let at = scopeStart - 1, clauses = 0; at >= 0 && clauses < 3 && forecast === undefined; clauses++) {
      const opener = cues[at]!;
      if (comma && IF.test(text.slice(opener.start, opener.end))) forecast = opener;
      comma ||= markOf(opener, text) === 44;
      at = clauseStartAt(cues, at - 1) - 1;
    }
  }
  // A level in a condition whose sentence goes on to say mining pays or stops paying (`If Bitcoin's price goes below
  // $8,000 and stays there, mining will likely be unprofitable`, `si le prix passe sous 30 000 $, le minage n'est plus
  // rentable`): a break-even, a cost. Not a concession (`even if bitcoin hits $200k RIOT will still not be
  // profitable`: the level does not matter).
  if (
    conditional &&
    clauseOpener !== undefined &&
    forecast === clauseOpener &&
    !CONCESSIVE_BEFORE.test(
      unicodeLowerCase(text).slice(Math.max(0, clauseOpener.start - 10), clauseOpener.start),
    )
  ) {
    const rest = unicodeLowerCase(text).slice(
      amount.groupEnd,
      Math.min(references.end, amount.groupEnd + 160),
    );
    const lead = unicodeLowerCase(text).slice(
      Math.max(references.start, clauseOpener.start - 160),
      clauseOpener.start,
    );
    if (PROFIT_AFTER.test(rest) || PROFIT_BEFORE.test(lead)) {
      const fits = fitting(usd, 'cost', references);
      if (fits !== undefined) return { kind: 'btc-cost', rule: 'cost', cue: clauseOpener, reference: fits };
    }
  }
  if (forecast === undefined) forecast = futureByVerbForm(text, cues, levelWord, amount);
  // A clause of `before` after a forecast (`could lose another 20% before it bottoms at $40,000`, `potrebbe perdere il
  // 20% prima di toccare`): what comes after a forecast has not happened either.
  if (
    forecast === undefined &&
    clauseOpener !== undefined &&
    BEFORE.test(text.slice(clauseOpener.start, clauseOpener.end)) &&
    !pastMoveInClause(text, cues, scopeStart, amount.groupEnd)
  ) {
    for (let index = scopeStart - 2; index >= 0 && forecast === undefined; index--) {
      const cue = cues[index]!;
      if (isForecast(cue)) forecast = cue;
      else if (cue.category === 'clause') break;
    }
  }
  // A year that has not come, in the amount's clause: `bitcoin at $500,000 in 2030`, `bis 2030 auf 500.000 Dollar`.
  const laterYears = forecast === undefined ? references.laterYears() : [];
  if (laterYears.length > 0) {
    const from = scopeStart > 0 ? cues[scopeStart - 1]!.end : 0;
    const to =
      cues.find((cue) => cue.start >= amount.groupEnd && cue.category === 'clause')?.start ?? text.length;
    const year = laterYears.find((start) => start >= from && start < to);
    if (year !== undefined) forecast = { category: 'forecast', start: year, end: year + 4, ceilingUsd: 0 };
  }
  // A clause without words of its own (`…this week, from $19,660 on Sunday`, `Price Forecast: $97K`) takes its
  // level and forecast words from the sentence, and a time after a past move dates a fact, not a forecast.
  if (levelWord === undefined && topic?.category === 'price') levelWord = topic;
  if (
    forecast !== undefined &&
    forecast === attachedTarget &&
    !clauseForecast &&
    /^by\s/i.test(text.slice(forecast.start, forecast.start + 3)) &&
    levelWord?.category === 'move' &&
    PAST_MOVE.test(text.slice(levelWord.start, levelWord.end))
  ) {
    forecast = undefined;
  }
  if (forecast === undefined && levelWord === topic) {
    for (let index = scopeStart - 1; index >= 0 && forecast === undefined; index--) {
      if (isForecast(cues[index]!)) forecast = cues[index];
    }
  }
  // A clause with no level word after a comma (`…its year-end forecast for bitcoin, lifting it to $150,000`) refers
  // back to a forecast named before it; a clause with one, to a forecast noun in an opening phrase with no subject or
  // verb of its own (`Dans le scénario optimiste, le bitcoin atteint`, `In the bull case, bitcoin reaches`).
  if (forecast === undefined && clauseOpener !== undefined && markOf(clauseOpener, text) === 44) {
    for (let index = scopeStart - 2; index >= 0 && forecast === undefined; index--) {
      const cue = cues[index]!;
      if (cue.category === 'target') forecast = cue;
      else if (
        levelWord !== undefined &&
        (cue.category === 'clause' || cue.category === 'move' || isAsset(cue))
      )
        break;
    }
  }
  // A date a fact was reached by (`By mid-December, it was trading in the mid-$300 range`, `tegen eind 2017 stond de
  // koers op`): a past verb between it and the amount.
  if (
    forecast !== undefined &&
    BY_DATE.test(text.slice(forecast.start, forecast.end)) &&
    PAST_VERB.test(text.slice(forecast.end, amount.groupStart))
  )
    forecast = undefined;
  // The same date after the amount, in a sentence that tells a move in the past before it and has no forecast word
  // there (`climbed to $30 in June, falling to $3 by the end of the year`; not `said it will reach $30 by June`).
  if (
    forecast !== undefined &&
    forecast.start >= amount.groupEnd &&
    BY_DATE_AFTER.test(text.slice(forecast.start, forecast.end)) &&
    !cues.some((cue) => isForecast(cue) && cue.end <= amount.groupStart) &&
    cues.some(
      (cue) =>
        cue.category === 'move' &&
        cue.end <= amount.groupStart &&
        PAST_MOVE_ANY_LANGUAGE.test(text.slice(cue.start, cue.end)),
    )
  )
    forecast = undefined;
  // A move noun a past verb tells of (`it traded with a drop to around $34,000`, `recovered from a drop under the $650
  // mark`, `erlebte einen Rückgang auf`, `sufrió una caída a`, `sofreu uma queda para`): a move that happened. No
  // forecast word may sit between them (`predicted a drop to`: the verb itself is a forecast).
  if (forecast !== undefined && MOVE_NOUN.test(text.slice(forecast.start, forecast.end))) {
    const from = Math.max(0, forecast.start - PAST_TELLER_REACH);
    if (
      PAST_TELLER.test(text.slice(from, forecast.start)) &&
      !cues.some((cue) => isForecast(cue) && cue.end > from && cue.start < forecast!.start)
    )
      forecast = undefined;
  }
  if (
    forecast !== undefined &&
    CURRENT_BEFORE.test(text.slice(Math.max(0, amount.groupStart - 60), amount.groupStart))
  ) {
    forecast = undefined;
  }
  // A month of an earlier year between the forecast word and the level dates a fact (`She first made that forecast in
  // October 2022, with bitcoin trading near $19,000`); a year alone may be the forecast's horizon (`would end 2023
  // at`).
  if (forecast !== undefined && forecast.end <= amount.groupStart) {
    for (const [, word, year] of text.slice(forecast.end, amount.groupStart).matchAll(WORD_AND_YEAR))
      if (Number(year) < references.year() && isMonthName(word!.toLowerCase())) forecast = undefined;
  }
  // A quote widget's line, a short label and the amount alone (`Close: $108,387.11`, `Open $63,290`), or a day's row
  // of a price table (`Aug 19: $464 (-5.88%)`): a level.
  if (
    !bitcoinNamed &&
    levelWord === undefined &&
    forecast === undefined &&
    // (Bounded: a label and a line's end are short; no slice of a long sentence for every amount in it.)
    amount.groupStart - references.start <= WIDGET_LABEL_MAX &&
    references.end - amount.groupEnd <= WIDGET_LINE_END_MAX &&
    widgetLabel(text.slice(references.start, amount.groupStart)) &&
    WIDGET_LINE_END.test(text.slice(amount.groupEnd, references.end))
  )
    levelWord = { category: 'price', start: references.start, end: amount.groupStart, ceilingUsd: 0 };
  if (!bitcoinNamed && levelWord === undefined && forecast === undefined) {
    return { kind: 'other', rule: 'no-context' };
  }
  const cue = bitcoinNamed ? asset : (levelWord ?? forecast);
  // A bare figure per coin (`Add in those and you get nearly $60k/BTC`, `on obtient 60 000 $ par bitcoin`): no coin,
  // price, move or forecast word says it is the market's, so it is what a coin comes to, a cost, when it fits one at
  // the article's date (not at a past time the sentence names: `0,06 $ par bitcoin en 2010` was a price), and no
  // buyer's (`O custo médio de aquisição da empresa é de US$ 70 mil por bitcoin`: a price paid), nor one paid, reached
  // or traded (`2.972 Dollar pro Bitcoin erreicht`: the market's).
  if (
    amount.perUnit === 'bitcoin' &&
    asset === undefined &&
    levelWord === undefined &&
    forecast === undefined &&
    topic === undefined &&
    !boughtOrTraded(unicodeLowerCase(text).slice(references.start, references.end))
  ) {
    const fits = plausibleAgainst(usd, 'coin-cost', references.atDateOnly);
    if (fits !== undefined) return { kind: 'btc-cost', rule: 'cost', reference: fits };
  }

  // Rule 5: plausibility.
  if (forecast !== undefined) {
    const fits =
      fitting(usd, 'target', references) ??
      (FALL_BEFORE.test(
        text.slice(
          Math.max(scopeStart > 0 ? cues[scopeStart - 1]!.end : 0, amount.groupStart - FALL_REACH),
          amount.groupStart,
        ),
      )
        ? fitting(usd, 'crash', references)
        : undefined);
    return fits === undefined
      ? { kind: 'other', rule: 'target-implausible', cue, asset, forecast, reference: references.atDate }
      : { kind: 'btc-target', rule: 'target', cue, asset, forecast, reference: fits };
  }
  // A level far above any price reached by the article's date has not happened: it is a forecast, whatever words
  // say so (`A $250,000 bitcoin is within reach`, `the model points to $300,000`).
  if (usd > ABOVE_RECORD * references.highestPrice()) {
    if (valueOfCoinsNamed(text, cues, lastBefore, usd, references))
      return { kind: 'other', rule: 'value-of-coins' };
    if (amount.largeMagnitude && exactFigure(usd)) return { kind: 'other', rule: 'sum-of-money' };
    const asTarget = fitting(usd, 'target', references);
    if (asTarget !== undefined)
      return { kind: 'btc-target', rule: 'above-record', cue, asset, reference: asTarget };
  }
  // Odds on a level (`Polymarket: Nur 21 Prozent Chance auf Bitcoin bei 150.000 Dollar`): a forecast, not a price.
  if (oddsAround(text, amount, references)) {
    const asTarget = fitting(usd, 'target', references);
    if (asTarget !== undefined)
      return { kind: 'btc-target', rule: 'target', cue, asset, reference: asTarget };
  }
  const fits =
    fitting(usd, 'price', references) ??
    (endOfMove(text, cues, amount, previous)
      ? plausibleAgainst(usd, 'price', references.everyTime())
      : undefined);
  return fits === undefined
    ? { kind: 'other', rule: 'price-implausible', cue, asset, reference: references.atDate }
    : { kind: 'btc-price', rule: 'price', cue, asset, reference: fits };
}

/** `from`, maybe a few words (`from a trading price of`), before a move's first level, in the seven languages. */
const MOVE_FROM = /(?<![\p{L}])(?:from|von|de|da|van)(?:[^\S\r\n]+[\p{L}'’-]+){0,4}?[^\S\r\n]+$/u;
const MOVE_FROM_REACH = 40;
/** `to`, maybe a hedge (`to only`, `auf nur`), between a move's two levels (the second's start after it, `$`). */
const MOVE_TO = /^[^\S\r\n]+(?:to|auf|à|a|para|naar|tot)[^\S\r\n]+(?:\p{L}+[^\S\r\n]+)?(?:$|[$\d]|us)/iu;
const MOVE_TO_REACH = 20;

/** A move verb right before `from` and the few words before the level at `start` (`fallen from a trading price of`). */
function movedFrom(text: string, cues: readonly Cue[], start: number): boolean {
  const from = MOVE_FROM.exec(text.slice(Math.max(0, start - MOVE_FROM_REACH), start));
  if (from === null) return false;
  const fromAt = Math.max(0, start - MOVE_FROM_REACH) + from.index;
  return cues.some(
    (cue) => cue.category === 'move' && cue.end < fromAt && /^[^\S\r\n]+$/.test(text.slice(cue.end, fromAt)),
  );
}

/**
 * An end of a move from one level to another (`crashed from $677 to $102`, `fallen from a trading price of $1,240 to
 * only $275`): the first end when a level follows its `to`, the second when the first was read as a price. Both are
 * levels at times the sentence need not name (a flash crash's low, where a slide started): any price up to the date.
 */
function endOfMove(
  text: string,
  cues: readonly Cue[],
  amount: FoundAmount,
  previous: PreviousAmount | undefined,
): boolean {
  if (
    previous?.kind === 'btc-price' &&
    amount.start - previous.end <= MOVE_TO_REACH &&
    MOVE_TO.test(text.slice(previous.end, amount.start))
  )
    return movedFrom(text, cues, previous.start);
  return (
    MOVE_TO.test(text.slice(amount.end, amount.end + MOVE_TO_REACH + 4)) &&
    movedFrom(text, cues, amount.start)
  );
}

/** A widget line's label: one or two words of letters, maybe a colon (`Close:`, `Prev Close`, `Clôture :`). */
const WIDGET_LABEL = /^\s*[A-Za-zÀ-ÿ]+(?: [A-Za-zÀ-ÿ]+)?\s?:?\s*$/;
const WIDGET_LABEL_MAX = 40;
/**
 * A day as a table row's label (`Aug 17:`, `17 août :`, `17 de agosto:`, `March 3, 2014`): the month's word is group
 * 1 or 2.
 */
const WIDGET_DATE_LABEL =
  /^\s*(?:(\p{L}+\.?) \d{1,2}(?:, \d{4})?|\d{1,2}\.? (?:de )?(\p{L}+\.?)(?: \d{4})?)\s?:?\s*$/u;
const widgetLabel = (label: string): boolean => {
  if (WIDGET_LABEL.test(label)) return true;
  const date = WIDGET_DATE_LABEL.exec(label);
  return date !== null && isMonthName((date[1] ?? date[2])!.toLowerCase());
};
/** What may follow the amount on a widget's line: spaces, a change in brackets and a full stop (`(-5.88%)`). */
const WIDGET_LINE_END = /^[\s.]*(?:\(\s*[+\-−–]?\d+(?:[.,]\d+)?\s?%?\s*\))?[\s.]*$/;
const WIDGET_LINE_END_MAX = 16;

/** How far before and after an amount a percentage and a word of odds are read. */
const ODDS_BEFORE = 160;
const ODDS_AFTER = 80;
/** A percentage in the seven languages (`21 %`, `65 Prozent`, `20 procent`, `1 percent`, `10 pour cent`). */
const PERCENTAGE = /\d[\u00a0 ]?(?:%|prozent|procent|per ?cent|pour ?cent|por ?ciento|por ?cento)/;
/** Odds and prediction markets (`chance`, `odds`, `probability`, `probabilité`, `Wahrscheinlichkeit`, `kans`). */
const ODDS_WORD = /chance|odds|probabilit|wahrscheinlichkeit|kans|polymarket|kalshi/;

/**
 * A level priced by odds: a percentage and a word of odds within ODDS_BEFORE characters before the amount and
 * ODDS_AFTER after it, in its sentence (`the odds of $80,000 by March are 35%`, `Die Chance auf einen Kurs von etwa
 * 90.000 $ liegt bei rund 20 %`; not `up 155% this year, from $16,600 on January 1. … puts the odds that`). Read on
 * the lower-case copy.
 */
function oddsAround(text: string, amount: FoundAmount, sentence: LazyReferences): boolean {
  const window = unicodeLowerCase(text).slice(
    Math.max(sentence.start, amount.groupStart - ODDS_BEFORE),
    Math.min(sentence.end, amount.groupEnd + ODDS_AFTER),
  );
  return ODDS_WORD.test(window) && PERCENTAGE.test(window);
}

/** A number right before a bitcoin name: a quantity of coins (`25 bitcoins`, `3,125 BTC`, `5 050 BTC`). */
const QUANTITY_BEFORE = /\d(?:[\d.,]|[ \u00a0](?=\d{3}))*[^\S\r\n]*$/;

/**
 * A figure far above any price that is what a quantity of coins named before it is worth at the day's price, within
 * half to twice it (`25 bitcoins up for grabs every 10 minutes, worth around $16,000`, `a subsidy of 3,125 BTC … it
 * is around $275,000`): the value of those coins. The last comma or dot of the quantity is read both ways (`3,125`:
 * 3.125 or 3125).
 */
function valueOfCoinsNamed(
  text: string,
  cues: readonly Cue[],
  lastBefore: number,
  usd: number,
  references: LazyReferences,
): boolean {
  for (let index = lastBefore; index >= 0; index--) {
    const cue = cues[index]!;
    if (cue.category !== 'bitcoin') continue;
    const quantity = QUANTITY_BEFORE.exec(text.slice(Math.max(0, cue.start - 20), cue.start));
    if (quantity === null) continue;
    const digits = quantity[0].replace(/[^\d.,]/g, '');
    for (const coins of [
      Number(digits.replace(/[.,]/g, '')),
      Number(
        digits
          .replace(/[.,](?=\d*$)/, '#')
          .replace(/[.,]/g, '')
          .replace('#', '.'),
      ),
    ]) {
      const each = usd / coins;
      if (coins > 1 && each >= references.atDate.lowUsd / 2 && each <= references.atDate.highUsd * 2)
        return true;
    }
  }
  return false;
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
  'above-record': 'a level far above any price reached by the date: a forecast',
  ticker: "bitcoin's entry in a quote strip",
  'table-column': "a later column of a quote table's row (volume, depth)",
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

/**
 * A preposition after a pronoun, as a sentence's only level word when it names no topic (`Analysts now put them at
 * $87,000`; not `At $80,000, most miners are barely profitable`, which is about the price).
 */
const BARE_LEVEL = /^(?:at|around|near)$/i;
const PRONOUN = /(?:^|\s)(?:it|them|they|these|those)\s/i;
/**
 * How a sentence opens whose subject is the sentence before's (a pronoun, or a verb with the subject left out), in the
 * seven languages, read on the lower-case copy.
 */
const SUBJECT_OF_SENTENCE_BEFORE =
  /^\s*(?:it|they|this|that|isso|esto|eso|ciò|questo|cela|das|dies|dat|dit|ha continuato|continuó|siguió|continuou)[\s,]/;
/** What the amount's own sentence may hold for the sentence before to name its topic. */
const NO_TOPIC = new Set<CueCategory>(['neutral', 'clause', 'weak-clause']);

/** A cue that gives the amount's own sentence (from `sentenceStart`) a topic: any but NO_TOPIC and a bare level word after a pronoun. */
function namesOwnTopic(text: string, sentenceStart: number, cue: Cue): boolean {
  return (
    !NO_TOPIC.has(cue.category) &&
    !(BARE_LEVEL.test(text.slice(cue.start, cue.end)) && PRONOUN.test(text.slice(sentenceStart, cue.start)))
  );
}

/** The outcomes of an amount read as a price or as nothing from its own sentence: the sentence before may make it a cost. */
const READ_AS_A_PRICE = new Set<Rule>(['no-context', 'price', 'above-record', 'price-implausible']);

/**
 * A sentence with no topic of its own after one about a cost (`Production costs have risen sharply. Analysts now put
 * them at $87,000.`): the amount is the cost's when its own sentence names no asset, cost, sum, move, forecast or
 * price word (but a bare `at` after a pronoun) and the sentence before opens with a cost noun as its subject and
 * names no price, sum or other asset after it; a sentence that opens with a pronoun or a subjectless verb
 * (SUBJECT_OF_SENTENCE_BEFORE) may also hold move words (a price word still makes its amount the market's). The
 * amount's own sentence decides the plausibility, as detection's early exit does; the cost band is the general one (a
 * rig's price is no cost of a coin).
 */
export function costOfSentenceBefore(
  text: string,
  amount: FoundAmount,
  classification: Classification,
  scope: LazyReferences & { cues(): readonly Cue[]; cuesBefore(): readonly Cue[] | undefined },
): Classification | undefined {
  if (!READ_AS_A_PRICE.has(classification.rule)) return undefined;
  // A sentence whose subject is the cost before, as a pronoun or left out (`Ha continuato a salire oltre $70.000`,
  // `Continuou a subir até US$ 70.000`, `It kept rising to $70,000`), may move it.
  const movesTheCost = SUBJECT_OF_SENTENCE_BEFORE.test(
    unicodeLowerCase(text).slice(scope.start, scope.start + 20),
  );
  // (A loop, not a closure made for every amount.)
  for (const cue of scope.cues())
    if (namesOwnTopic(text, scope.start, cue) && !(movesTheCost && cue.category === 'move')) return undefined;
  const before = scope.cuesBefore() ?? [];
  const subject = before.findIndex(isTopic);
  const cost = before[subject];
  if (
    cost?.category !== 'cost' ||
    !isSubject(text, cost.start) ||
    before.some(
      (cue, index) =>
        index > subject &&
        (/^(?:price|other-asset|non-price)$/.test(cue.category) ||
          (cue.category === 'bitcoin' && headOfComplement(text, before, index) !== cost)),
    )
  )
    return undefined;
  const fits = fitting(amount.value, 'cost', scope);
  return fits && { kind: 'btc-cost', rule: 'cost', cue: cost, reference: fits };
}
