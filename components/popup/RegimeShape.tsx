import type { Regime } from '@/lib/economics';

/** The regime as a shape as well as a colour: triangle down below cost, diamond when thin, circle when healthy. */
export function RegimeShape({ regime }: { regime: Regime }) {
  return (
    <svg
      className="regime-shape"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {regime === 'below-cost' && <path d="M1 2h12L7 13z" />}
      {regime === 'thin-margin' && <path d="M7 0.5 13.5 7 7 13.5 0.5 7z" />}
      {regime === 'healthy' && <circle cx="7" cy="7" r="6" />}
    </svg>
  );
}
