import { useId, useState } from 'react';
import { costAt, latestMonth, margin, priceAt, regime } from '@/lib/economics';
import type { Settings } from '@/lib/settings/schema';
import { formatMonth, formatPercent, formatUsd } from '@/lib/format';
import { REGIME_LABELS } from '@/lib/format/regime-labels';

export interface CostPreviewProps {
  settings: Settings;
  /** "Today" for the preview; tests pin it. */
  now: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What the current settings give: the cost per BTC today and at a chosen date, and the margin at each. */
export function CostPreview({ settings, now }: CostPreviewProps) {
  const dateId = useId();
  const [picked, setPicked] = useState(() => isoDay(now));
  const pickedDate = new Date(`${picked}T12:00:00Z`);
  const validPick = !Number.isNaN(pickedDate.getTime());

  const rows = [
    { label: 'Today', date: now },
    ...(validPick ? [{ label: `On ${picked}`, date: pickedDate }] : []),
  ];

  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">Preview</h2>
      <label htmlFor={dateId}>Compare at a date</label>
      <input
        id={dateId}
        type="date"
        value={picked}
        min="2016-01-01"
        max={isoDay(now)}
        onChange={(event) => setPicked(event.target.value)}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Price</th>
            <th scope="col">Cost per BTC</th>
            <th scope="col">Margin</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, date }) => {
            const price = priceAt(date);
            const cost = costAt(date, settings);
            const value = margin(price.usd, cost.usd);
            const band = regime(value, settings);
            return (
              <tr key={label} data-regime={band}>
                <th scope="row">{label}</th>
                <td>
                  {formatUsd(price.usd)} <small>({formatMonth(price.month)})</small>
                </td>
                <td>
                  {formatUsd(cost.usd)}{' '}
                  <small>
                    {cost.source === 'fixed' ? '(your fixed cost)' : `(estimate, ${formatMonth(cost.month)})`}
                  </small>
                </td>
                <td>
                  {formatPercent(value)}{' '}
                  <span className={`regime regime-${band}`}>{REGIME_LABELS[band]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="help">
        Prices and costs come from the bundled monthly series (latest month {formatMonth(latestMonth())}).
      </p>
    </section>
  );
}
