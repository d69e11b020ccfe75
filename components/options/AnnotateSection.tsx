import type { Settings } from '@/lib/settings/schema';

export interface AnnotateSectionProps {
  settings: Settings;
  onChange(next: Settings): void;
}

/** Which kinds of amounts are underlined on news pages. Bitcoin prices always are. */
export function AnnotateSection({ settings, onChange }: AnnotateSectionProps) {
  const setKind = (kind: 'btcCost' | 'btcTarget', on: boolean) =>
    onChange({ ...settings, annotate: { ...settings.annotate, [kind]: on } });

  return (
    <section aria-labelledby="annotate-heading">
      <h2 id="annotate-heading">What to underline</h2>
      <fieldset>
        <legend>Besides Bitcoin prices, also underline</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.annotate.btcCost}
            onChange={(event) => setKind('btcCost', event.target.checked)}
          />
          Production costs and miner breakevens quoted in articles
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.annotate.btcTarget}
            onChange={(event) => setKind('btcTarget', event.target.checked)}
          />
          Price targets and forecasts
        </label>
      </fieldset>
    </section>
  );
}
