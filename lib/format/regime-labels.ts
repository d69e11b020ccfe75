import type { Regime } from '../economics/types';

/** The regime in words, the same in the tooltip, the popup and the options page. */
export const REGIME_LABELS: Record<Regime, string> = {
  'below-cost': 'Below production cost',
  'thin-margin': 'Thin margin',
  healthy: 'Healthy margin',
};
