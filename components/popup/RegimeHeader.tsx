import type { ReactNode } from 'react';
import type { EconomicsSnapshot } from './economics-snapshot';
import { CAPITULATION_LABEL, formatMonth, formatPercent, formatUsd, REGIME_LABELS } from './format';
import { formatMultiple } from '@/lib/annotation/cost-context';
import { PriceCostChart } from './PriceCostChart';
import { RegimeShape } from './RegimeShape';

/**
 * Where miners stand in the latest bundled month: price, cost, margin, regime, capitulation, 24-month chart; and,
 * when those figures are old, how old in words with `liveDataOffer` (one click to live figures) beside it.
 */
export function RegimeHeader({
  snapshot,
  liveDataOffer,
}: {
  snapshot: EconomicsSnapshot;
  liveDataOffer?: ReactNode;
}) {
  return (
    <header className={`regime regime--${snapshot.regime}`}>
      <h1 className="regime__heading">
        <RegimeShape regime={snapshot.regime} />
        <span className="regime__label">{REGIME_LABELS[snapshot.regime]}</span>
        <span className="regime__margin">{formatPercent(snapshot.margin)} margin</span>
      </h1>
      {snapshot.staleNote && (
        <div className="regime__stale">
          <p>{snapshot.staleNote}.</p>
          {liveDataOffer}
        </div>
      )}
      <dl className="regime__figures">
        <div>
          <dt>Bitcoin price</dt>
          <dd>{formatUsd(snapshot.priceUsd)}</dd>
        </div>
        <div>
          <dt>{snapshot.costSource === 'fixed' ? 'Your production cost' : 'Est. production cost'}</dt>
          <dd>{formatUsd(snapshot.costUsd)}</dd>
        </div>
        <div>
          <dt>Price ÷ cost</dt>
          <dd className="regime__multiple">
            {formatMultiple(snapshot.multiple)} · {REGIME_LABELS[snapshot.regime]}
          </dd>
        </div>
      </dl>
      <p className={`regime__capitulation regime__capitulation--${snapshot.capitulation}`}>
        {CAPITULATION_LABEL[snapshot.capitulation]}
      </p>
      <PriceCostChart points={snapshot.chart} estimates={snapshot.estimates} />
      <p className="regime__source">
        {snapshot.liveLabel
          ? `Data: ${snapshot.liveLabel} (chart: bundled series to ${formatMonth(snapshot.month)})`
          : `Data: bundled, ${formatMonth(snapshot.month)}${snapshot.provenance === 'sourced' ? '' : ` (${snapshot.provenance})`}`}
      </p>
    </header>
  );
}
