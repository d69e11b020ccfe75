import { costAt, margin, priceAt, regime } from '@/lib/economics';
import { LIMITS } from '@/lib/settings/limits';
import type { Settings } from '@/lib/settings/schema';
import { formatPercent, formatUsd } from '@/lib/format';
import { REGIME_LABELS } from '@/lib/format/regime-labels';
import { NumberField } from './NumberField';

export interface MarginBandSectionProps {
  settings: Settings;
  now: Date;
  onChange(next: Settings): void;
}

/** The thin-margin band, with how today's price would be labelled under it. */
export function MarginBandSection({ settings, now, onChange }: MarginBandSectionProps) {
  const price = priceAt(now).usd;
  const cost = costAt(now, settings).usd;
  const value = margin(price, cost);
  const band = regime(value, settings);

  return (
    <section aria-labelledby="bands-heading">
      <h2 id="bands-heading">Margin bands</h2>
      <NumberField
        label="Thin-margin band"
        unit="%"
        help="A price from 0% up to this margin above cost is a thin margin; above it, healthy; below cost, below cost."
        value={settings.thinMarginPct}
        min={LIMITS.thinMarginPct.min}
        max={LIMITS.thinMarginPct.max}
        step={1}
        onValidChange={(thinMarginPct) => onChange({ ...settings, thinMarginPct })}
      />
      <p className="band-preview" aria-live="polite">
        Today&rsquo;s price {formatUsd(price)} against a cost of {formatUsd(cost)} is a margin of{' '}
        {formatPercent(value)}: <strong className={`regime regime-${band}`}>{REGIME_LABELS[band]}</strong>.
      </p>
    </section>
  );
}
