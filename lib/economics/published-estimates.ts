// Published production-cost estimates (data/published-estimates.csv): the typed rows and the validating parser.
// The parser runs at build time (vite-plugin.ts) and in `npm run series`, which writes published-estimates.json;
// the extension only ever reads that validated JSON. Sources and date conventions: data/README-published-estimates.md.
import { parseCsv } from './csv';

export const ESTIMATE_KINDS = ['electricity', 'cash', 'all-in', 'regression'] as const;
/** What a published figure measures (see the data README). */
export type EstimateKind = (typeof ESTIMATE_KINDS)[number];

export const ESTIMATE_SCOPES = ['network', 'listed-miners', 'region'] as const;
/** Whose cost: the whole network, listed miners' filings only, or one region (Hashrate Index: US states). */
export type EstimateScope = (typeof ESTIMATE_SCOPES)[number];

export interface PublishedEstimate {
  /** `YYYY-MM-DD`, the day the figure applies to or was published. */
  date: string;
  source: string;
  kind: EstimateKind;
  scope: EstimateScope;
  /** Dollars per BTC. */
  usd: number;
  url: string;
  /** A verbatim fragment of the page that states the figure. */
  evidence: string;
}

export const ESTIMATES_CSV_HEADER = 'date,source,kind,scope,usd,url,evidence';

/** A bad row: the message names the file, the row (line number) and the field. */
export class EstimatesTableError extends Error {
  override name = 'EstimatesTableError';
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function isOneOf<T extends string>(values: readonly T[], text: string): text is T {
  return (values as readonly string[]).includes(text);
}

/** Every row of the CSV, validated; throws `EstimatesTableError` at the first bad header, row or field. */
export function parsePublishedEstimates(csvText: string, fileName: string): PublishedEstimate[] {
  const header = csvText.split(/\r?\n/, 1)[0] ?? '';
  if (header !== ESTIMATES_CSV_HEADER) {
    throw new EstimatesTableError(
      `${fileName}: line 1: header must be "${ESTIMATES_CSV_HEADER}", got "${header}"`,
    );
  }
  return parseCsv(csvText).map((row, index) => {
    // Line numbers count the header as line 1 (the CSV has no multi-line fields).
    const where = `${fileName}: line ${index + 2}`;
    const fail = (field: string, reason: string): never => {
      throw new EstimatesTableError(`${where}: field "${field}": ${reason}`);
    };
    const { date = '', source = '', kind = '', scope = '', usd = '', url = '', evidence = '' } = row;
    if (!isIsoDay(date)) fail('date', `expected a valid YYYY-MM-DD, got "${date}"`);
    if (date < '2009-01-03') fail('date', `before the genesis block: "${date}"`);
    if (source.trim() === '' || source !== source.trim()) fail('source', `expected a name, got "${source}"`);
    if (!isOneOf(ESTIMATE_KINDS, kind))
      fail('kind', `expected one of ${ESTIMATE_KINDS.join(', ')}, got "${kind}"`);
    if (!isOneOf(ESTIMATE_SCOPES, scope)) {
      fail('scope', `expected one of ${ESTIMATE_SCOPES.join(', ')}, got "${scope}"`);
    }
    if (!/^[1-9]\d*$/.test(usd)) fail('usd', `expected a whole number of dollars, got "${usd}"`);
    const value = Number(usd);
    if (value < 100 || value > 10_000_000) fail('usd', `implausible cost per BTC: ${usd}`);
    let parsedUrl: URL | null = null;
    try {
      parsedUrl = new URL(url);
    } catch {
      fail('url', `not a URL: "${url}"`);
    }
    if (parsedUrl && parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') {
      fail('url', `expected http(s), got "${url}"`);
    }
    if (evidence.trim() === '') fail('evidence', 'empty: quote the page’s words that state the figure');
    const leadingDigits = usd.slice(0, 2);
    if (!evidence.replace(/[^\d]/g, '').includes(leadingDigits)) {
      fail('evidence', `does not contain the figure's leading digits ${leadingDigits}: "${evidence}"`);
    }
    return {
      date,
      source,
      kind: kind as EstimateKind,
      scope: scope as EstimateScope,
      usd: value,
      url,
      evidence,
    };
  });
}
