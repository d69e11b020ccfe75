// Answers the content script's `cost-context` requests: the tooltip's published estimates and headline, computed
// here so the estimates table stays out of the content script's size budget.
import { browser } from 'wxt/browser';
import { describeCostContext, type CostContextRequest } from '@/lib/annotation/cost-context';
import { nearestEstimates } from '@/lib/economics/estimates';
import type { ToBackgroundMessage } from '@/lib/messages';

const REGIMES = new Set(['below-cost', 'thin-margin', 'healthy']);
const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The request, checked field by field (a message is outside data), or null. */
export function readCostContextRequest(message: unknown): CostContextRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  if ((message as { type?: unknown }).type !== 'cost-context') return null;
  const request = (message as Extract<ToBackgroundMessage, { type: 'cost-context' }>).request as unknown;
  if (typeof request !== 'object' || request === null) return null;
  const { date, priceUsd, costUsd, costSource, regime, articleCostUsd } = request as Record<string, unknown>;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (Number.isNaN(Date.parse(`${date}T12:00:00Z`))) return null;
  if (!positive(priceUsd) || !positive(costUsd)) return null;
  if (costSource !== 'model' && costSource !== 'fixed') return null;
  if (regime !== null && !(typeof regime === 'string' && REGIMES.has(regime))) return null;
  if (articleCostUsd !== null && !positive(articleCostUsd)) return null;
  return request as CostContextRequest;
}

export function registerCostContext(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = readCostContextRequest(message);
    if (!request) return undefined;
    return Promise.resolve(
      describeCostContext(request, nearestEstimates(new Date(`${request.date}T12:00:00Z`))),
    );
  });
}
