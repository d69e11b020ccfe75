// Popup wording on top of the one formatter (lib/format): labels, and compact dollars for chart axes.
import type { CapitulationState } from '@/lib/economics';
import { formatDate } from '@/lib/format';

export { formatMonth, formatPercent, formatUsd } from '@/lib/format';
export { REGIME_LABELS } from '@/lib/format/regime-labels';

const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 0,
});

/** Axis labels: "$115K". */
export const formatUsdCompact = (value: number) => usdCompact.format(value);

/** An ISO date-time's UTC day: "5 Feb 2026". */
export const formatDay = (iso: string) => formatDate(new Date(iso));

export const CAPITULATION_LABEL: Record<CapitulationState, string> = {
  capitulation: 'Capitulation: hashrate is falling',
  recovery: 'Recovery: hashrate rising again after a fall',
  normal: 'No capitulation signal',
};
