import { useId } from 'react';
import type { ChartEstimate, ChartPoint } from './economics-snapshot';
import { formatMonth, formatUsd, formatUsdCompact } from './format';

const WIDTH = 340;
const HEIGHT = 96;
const PAD = { top: 6, right: 4, bottom: 16, left: 40 };

function linePath(values: number[], x: (index: number) => number, y: (value: number) => number): string {
  return values
    .map((value, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)} ${y(value).toFixed(1)}`)
    .join('');
}

/**
 * Price and production cost by month, published estimates as points, with a text alternative (title + desc) for
 * screen readers.
 */
export function PriceCostChart({
  points,
  estimates = [],
}: {
  points: readonly ChartPoint[];
  estimates?: readonly ChartEstimate[];
}) {
  const id = useId();
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;

  const values = [
    ...points.flatMap((point) => [point.priceUsd, point.costUsd]),
    ...estimates.map(({ estimate }) => estimate.usd),
  ];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (index: number) =>
    PAD.left + (points.length === 1 ? 0 : (index / (points.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number) => PAD.top + (1 - (value - min) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const monthsBelow = points.filter((point) => point.priceUsd < point.costUsd).length;
  const range = `${formatMonth(first.month)} to ${formatMonth(last.month)}`;

  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>Bitcoin price and estimated production cost, {range}</title>
        <desc id={`${id}-desc`}>
          {`Price went from ${formatUsd(first.priceUsd)} to ${formatUsd(last.priceUsd)}; ` +
            `production cost from ${formatUsd(first.costUsd)} to ${formatUsd(last.costUsd)}. ` +
            `Price was below cost in ${monthsBelow} of ${points.length} months.` +
            (estimates.length > 0
              ? ` ${estimates.length} published estimates shown as points, from ${formatUsd(Math.min(...estimates.map(({ estimate }) => estimate.usd)))} to ${formatUsd(Math.max(...estimates.map(({ estimate }) => estimate.usd)))}.`
              : '')}
        </desc>
        <line className="chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(min)} y2={y(min)} />
        <text className="chart__label" x={PAD.left - 4} y={y(max) + 4} textAnchor="end">
          {formatUsdCompact(max)}
        </text>
        <text className="chart__label" x={PAD.left - 4} y={y(min)} textAnchor="end">
          {formatUsdCompact(min)}
        </text>
        <text className="chart__label" x={PAD.left} y={HEIGHT - 2}>
          {formatMonth(first.month)}
        </text>
        <text className="chart__label" x={WIDTH - PAD.right} y={HEIGHT - 2} textAnchor="end">
          {formatMonth(last.month)}
        </text>
        <path
          className="chart__cost"
          d={linePath(
            points.map((point) => point.costUsd),
            x,
            y,
          )}
        />
        <path
          className="chart__price"
          d={linePath(
            points.map((point) => point.priceUsd),
            x,
            y,
          )}
        />
        {estimates.map(({ estimate, position }) => (
          <circle
            key={`${estimate.date}-${estimate.source}-${estimate.kind}`}
            className={`chart__estimate chart__estimate--${estimate.kind}`}
            cx={x(position)}
            cy={y(estimate.usd)}
            r={2.5}
          >
            <title>{`${estimate.source}, ${estimate.kind}: ${formatUsd(estimate.usd)} (${estimate.date})`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="chart__legend" aria-hidden="true">
        <span className="chart__key chart__key--price">Price</span>
        <span className="chart__key chart__key--cost">Production cost</span>
        {estimates.length > 0 && <span className="chart__key chart__key--estimate">Published estimates</span>}
      </figcaption>
    </figure>
  );
}
