// What the tooltip says about one marked amount: a pure model of the figures and their wording, so the content
// script only renders it and the popup can reuse it.
import { costAt, hashprice, margin, regime } from '../economics';
import type { MentionKind } from '../detect/types';
import type { Regime } from '../economics/types';
import type { Settings } from '../settings/schema';
import { formatDate, formatHashprice, formatMonth, formatPercent, formatUsd } from '../format';
import { staleDataNote } from '../format/data-age';
import { REGIME_LABELS } from '../format/regime-labels';
import type { LiveToday } from '../live/live-today';
import type { ArticleDate } from './article-date';

export interface DescribedLine {
  label: string;
  value: string;
  /** Secondary wording shown smaller (estimate notes, months). */
  note?: string;
}

export interface MentionDescription {
  /** "Bitcoin price", "Quoted production cost", "Price target". */
  heading: string;
  /** The amount as the page wrote it. */
  quoted: string;
  quotedUsd: number;
  costUsd: number;
  /** Whether `costUsd` is the model's or the user's fixed cost. */
  costSource: 'model' | 'fixed';
  /** The series month the cost comes from, `YYYY-MM`. */
  costMonth: string;
  /** (quoted − cost) ÷ cost for prices and targets; null for a quoted cost. */
  margin: number | null;
  regime: Regime | null;
  /** The regime in words ("Below production cost"), null with `regime`. */
  regimeLabel: string | null;
  /** Figures in reading order. */
  lines: DescribedLine[];
  /** Where the date came from, in words. */
  dateNote: string;
  /** "Figures from June 2026, five months old" when the model's month is over 60 days older than the date. */
  staleNote: string | null;
  /** Everything as one sentence-per-line text, for screen readers. */
  spoken: string;
}

const HEADINGS: Record<MentionKind, string> = {
  'btc-price': 'Bitcoin price',
  'btc-cost': 'Quoted production cost',
  'btc-target': 'Price target',
  other: 'Amount',
};

export interface DescribedMention {
  text: string;
  usd: number;
  kind: MentionKind;
}

type DescribeSettings = Pick<Settings, 'costSource' | 'fixedCostUsd' | 'model' | 'thinMarginPct' | 'display'>;

function isTodayFor(articleDate: ArticleDate, live: LiveToday): boolean {
  if (articleDate.source === 'today' || articleDate.source === 'outside-article') return true;
  return articleDate.date.toISOString().slice(0, 10) === new Date(live.fetchedAt).toISOString().slice(0, 10);
}

function describeDate(articleDate: ArticleDate): string {
  if (articleDate.source === 'outside-article') {
    return `Outside the article (a ticker or sidebar) — compared at today (${formatDate(articleDate.date)})`;
  }
  return articleDate.source === 'today'
    ? `No article date found — using today (${formatDate(articleDate.date)})`
    : `Article date ${formatDate(articleDate.date)}`;
}

/** The tooltip's content for a mention read on a page dated `articleDate`, with the user's settings. */
export function describeMention(
  mention: DescribedMention,
  articleDate: ArticleDate,
  settings: DescribeSettings,
  /** Fresh live figures: they stand in for the bundled series when the mention is read at today's date. */
  live: LiveToday | null = null,
): MentionDescription {
  const { date } = articleDate;
  const useLive = live !== null && isTodayFor(articleDate, live);
  const bundled = costAt(date, settings);
  const cost = useLive
    ? { ...bundled, usd: live.cost.usd, electricityUsd: live.cost.electricityUsd, clamped: false }
    : bundled;
  const month = useLive ? live.label : formatMonth(cost.month);
  const lines: DescribedLine[] = [];
  const isCost = mention.kind === 'btc-cost';
  const value = isCost ? null : margin(mention.usd, cost.usd);
  const band = value === null ? null : regime(value, { thinMarginPct: settings.thinMarginPct });

  lines.push({ label: HEADINGS[mention.kind], value: formatUsd(mention.usd), note: `“${mention.text}”` });
  const costLabel = cost.source === 'fixed' ? 'Your production cost' : 'Production cost (estimated)';
  const costNote = cost.clamped ? `${month}, latest month in the model` : month;
  lines.push({ label: costLabel, value: formatUsd(cost.usd), note: costNote });
  if (settings.display.showElectricityFloor) {
    lines.push({ label: 'Electricity only (estimated)', value: formatUsd(cost.electricityUsd), note: month });
  }
  if (value !== null) {
    lines.push({
      label: mention.kind === 'btc-target' ? 'Margin if reached' : 'Miner margin',
      value: formatPercent(value),
    });
  } else {
    lines.push({
      label: 'Quoted vs estimate',
      value: formatPercent(margin(mention.usd, cost.usd)),
      note: 'quoted cost against the model',
    });
  }
  if (cost.source === 'model' && settings.fixedCostUsd !== null) {
    lines.push({
      label: 'Against your cost',
      value: isCost
        ? formatUsd(settings.fixedCostUsd)
        : formatPercent(margin(mention.usd, settings.fixedCostUsd)),
      note: isCost ? undefined : formatUsd(settings.fixedCostUsd),
    });
  } else if (cost.source === 'fixed' && !isCost) {
    const model = costAt(date, { ...settings, costSource: 'model' });
    lines.push({
      label: 'Against the model',
      value: formatPercent(margin(mention.usd, model.usd)),
      note: `${formatUsd(model.usd)}, ${formatMonth(model.month)}`,
    });
  }
  const rate = hashprice(date);
  lines.push({ label: 'Hashprice', value: formatHashprice(rate.usdPerPhDay), note: formatMonth(rate.month) });

  const regimeLabel = band === null ? null : REGIME_LABELS[band];
  const dateNote = describeDate(articleDate);
  const staleNote = useLive || cost.source === 'fixed' ? null : staleDataNote(cost.month, date);
  const spoken = [
    ...(regimeLabel ? [`${regimeLabel}.`] : []),
    ...lines.map((line) => `${line.label}: ${line.value}${line.note ? ` (${line.note})` : ''}.`),
    `${dateNote}.`,
    ...(staleNote ? [`${staleNote}.`] : []),
  ].join(' ');
  return {
    heading: HEADINGS[mention.kind],
    quoted: mention.text,
    quotedUsd: mention.usd,
    costUsd: cost.usd,
    costSource: cost.source,
    costMonth: cost.month,
    margin: value,
    regime: band,
    regimeLabel,
    lines,
    dateNote,
    staleNote,
    spoken,
  };
}
