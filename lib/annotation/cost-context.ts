// What the tooltip adds around the model's cost: the article's own quoted cost, the published estimates nearest
// the article's date, the price ÷ cost multiple, and a headline that says when analysts disagree with the model.
// Pure; the background computes it on demand (the estimates table stays out of the content script).
import type { Regime } from '../economics/types';
import type { EstimateKind, PublishedEstimate } from '../economics/published-estimates';
import { formatDate, formatUsd } from '../format';
import type { DescribedLine } from './describe-mention';

export interface CostContextRequest {
  /** The date the price is read at, `YYYY-MM-DD`. */
  date: string;
  priceUsd: number;
  /** The cost the tooltip shows (the model's, or the user's fixed cost). */
  costUsd: number;
  costSource: 'model' | 'fixed';
  /** The price's regime against `costUsd`; null for a price target. */
  regime: Regime | null;
  /** The production cost the page itself quotes (its first btc-cost mention), if any. */
  articleCostUsd: number | null;
}

export interface CostContext {
  /** "Below the model's cost, within analysts' range $74k–$92k"; null for a price target. */
  headline: string | null;
  lines: DescribedLine[];
}

const KIND_WORDS: Record<EstimateKind, string> = {
  electricity: 'electricity only',
  cash: 'cash cost',
  'all-in': 'all-in',
  regression: 'difficulty regression',
};

/** "$74k", "$6.3k" — the short form for ranges in a headline. */
export function formatUsdShort(usd: number): string {
  if (usd >= 10_000) return `$${String(Math.round(usd / 1000))}k`;
  if (usd >= 1000) return `$${(usd / 1000).toFixed(1)}k`;
  return formatUsd(usd);
}

/** Price ÷ cost, "0.86×" (the "difficulty multiple" analysts read). */
export function formatMultiple(multiple: number): string {
  return `${multiple.toFixed(2)}×`;
}

export function describeEstimate(estimate: PublishedEstimate): DescribedLine {
  const scope =
    estimate.scope === 'listed-miners' ? ', listed miners' : estimate.scope === 'region' ? ', US' : '';
  return {
    label: estimate.source,
    value: formatUsd(estimate.usd),
    note: `${KIND_WORDS[estimate.kind]}${scope}, ${formatDate(new Date(`${estimate.date}T12:00:00Z`))}`,
  };
}

const REGIME_HEADLINES: Record<Regime, string> = {
  'below-cost': 'Below',
  'thin-margin': 'Just above',
  healthy: 'Above',
};

function analystsClause(priceUsd: number, figures: number[]): string {
  if (figures.length === 0) return '';
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  if (figures.length === 1 || low === high) {
    return priceUsd < low
      ? `, below the published ${formatUsdShort(low)}`
      : priceUsd > low
        ? `, above the published ${formatUsdShort(low)}`
        : `, at the published ${formatUsdShort(low)}`;
  }
  const range = `${formatUsdShort(low)}–${formatUsdShort(high)}`;
  if (priceUsd < low) return `, below every published estimate nearby (${range})`;
  if (priceUsd > high) return `, above every published estimate nearby (${range})`;
  return `, within analysts' range ${range}`;
}

/** The tooltip's context lines and headline for one price, given the published estimates nearest its date. */
export function describeCostContext(
  request: CostContextRequest,
  nearby: readonly PublishedEstimate[],
): CostContext {
  const costName = request.costSource === 'model' ? 'model' : 'your cost';
  const lines: DescribedLine[] = [];
  if (request.articleCostUsd !== null) {
    lines.push({
      label: 'This article',
      value: `${formatUsd(request.articleCostUsd)} · ${costName}: ${formatUsd(request.costUsd)}`,
    });
  }
  lines.push({
    label: 'Price ÷ cost',
    value: formatMultiple(request.priceUsd / request.costUsd),
    note: request.costSource === 'model' ? "against the model's cost" : 'against your cost',
  });
  for (const estimate of nearby) lines.push(describeEstimate(estimate));

  if (request.regime === null) return { headline: null, lines };
  const figures = nearby.map((estimate) => estimate.usd);
  if (request.articleCostUsd !== null) figures.push(request.articleCostUsd);
  const against = request.costSource === 'model' ? "the model's cost" : 'your cost';
  const headline = `${REGIME_HEADLINES[request.regime]} ${against}${analystsClause(request.priceUsd, figures)}`;
  return { headline, lines };
}
