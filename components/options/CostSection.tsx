import { LIMITS } from '@/lib/settings/limits';
import type { Settings } from '@/lib/settings/schema';
import { NumberField } from './NumberField';

export interface CostSectionProps {
  settings: Settings;
  onChange(next: Settings): void;
}

/** Where the production cost comes from: the model and its inputs, or the user's own fixed cost per BTC. */
export function CostSection({ settings, onChange }: CostSectionProps) {
  const { model } = settings;
  const setModel = (patch: Partial<Settings['model']>) =>
    onChange({ ...settings, model: { ...model, ...patch } });
  const followsCurve = model.efficiencyJPerTh === null;

  return (
    <section aria-labelledby="cost-heading">
      <h2 id="cost-heading">Production cost</h2>
      <fieldset>
        <legend>Compare prices with</legend>
        <label className="choice">
          <input
            type="radio"
            name="cost-source"
            value="model"
            checked={settings.costSource === 'model'}
            onChange={() => onChange({ ...settings, costSource: 'model' })}
          />
          The cost model (network hashrate, fleet efficiency, electricity and overhead at the article&rsquo;s
          date)
        </label>
        <label className="choice">
          <input
            type="radio"
            name="cost-source"
            value="fixed"
            checked={settings.costSource === 'fixed'}
            onChange={() =>
              onChange({ ...settings, costSource: 'fixed', fixedCostUsd: settings.fixedCostUsd ?? 80_000 })
            }
          />
          A fixed cost per BTC of my own
        </label>
      </fieldset>

      {settings.costSource === 'model' && (
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.fixedCostUsd !== null}
            onChange={(event) =>
              onChange({ ...settings, fixedCostUsd: event.target.checked ? 80_000 : null })
            }
          />
          Also show my own fixed cost in each tooltip
        </label>
      )}
      {settings.fixedCostUsd !== null && (
        <NumberField
          label="Fixed cost per BTC"
          unit="$"
          help={
            settings.costSource === 'fixed'
              ? 'Every price is compared with this cost.'
              : 'Shown beside the model’s estimate in each tooltip.'
          }
          value={settings.fixedCostUsd}
          min={LIMITS.fixedCostUsd.min}
          max={LIMITS.fixedCostUsd.max}
          step={1000}
          onValidChange={(fixedCostUsd) => onChange({ ...settings, fixedCostUsd })}
        />
      )}

      <fieldset disabled={settings.costSource !== 'model'}>
        <legend>Model inputs</legend>
        <NumberField
          label="Electricity price"
          unit="$/kWh"
          help="What the average miner pays for power; analysts assume $0.04–0.07 for the network."
          value={model.electricityUsdPerKwh}
          min={LIMITS.electricityUsdPerKwh.min}
          max={LIMITS.electricityUsdPerKwh.max}
          step={0.005}
          onValidChange={(electricityUsdPerKwh) => setModel({ electricityUsdPerKwh })}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={followsCurve}
            onChange={(event) => setModel({ efficiencyJPerTh: event.target.checked ? null : 24 })}
          />
          Use the network&rsquo;s average fleet efficiency at the article&rsquo;s date
        </label>
        {!followsCurve && (
          <NumberField
            label="Fleet efficiency"
            unit="J/TH"
            help="Energy per terahash; lower is more efficient (a 2026 fleet averages about 20–25 J/TH)."
            value={model.efficiencyJPerTh ?? 24}
            min={LIMITS.efficiencyJPerTh.min}
            max={LIMITS.efficiencyJPerTh.max}
            step={0.5}
            onValidChange={(efficiencyJPerTh) => setModel({ efficiencyJPerTh })}
          />
        )}
        <NumberField
          label="Overhead multiplier"
          unit="×"
          help="All-in cost ÷ electricity cost: machine depreciation, hosting, cooling, staff and financing."
          value={model.overheadMultiplier}
          min={LIMITS.overheadMultiplier.min}
          max={LIMITS.overheadMultiplier.max}
          step={0.05}
          onValidChange={(overheadMultiplier) => setModel({ overheadMultiplier })}
        />
      </fieldset>
    </section>
  );
}
