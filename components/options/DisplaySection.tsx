import { LIMITS } from '@/lib/settings/limits';
import type { Settings } from '@/lib/settings/schema';
import { NumberField } from './NumberField';

export interface DisplaySectionProps {
  settings: Settings;
  onChange(next: Settings): void;
}

/** Theme, hover delay and what the tooltip and badge show. */
export function DisplaySection({ settings, onChange }: DisplaySectionProps) {
  const { display } = settings;
  const set = (patch: Partial<Settings['display']>) =>
    onChange({ ...settings, display: { ...display, ...patch } });

  return (
    <section aria-labelledby="display-heading">
      <h2 id="display-heading">Display</h2>
      <div className="field">
        <label htmlFor="theme">Theme</label>
        <select
          id="theme"
          value={display.theme}
          onChange={(event) => set({ theme: event.target.value as Settings['display']['theme'] })}
        >
          <option value="auto">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <NumberField
        label="Hover delay"
        unit="ms"
        help="How long the pointer rests on a price before its tooltip opens."
        value={display.hoverDelayMs}
        min={LIMITS.hoverDelayMs.min}
        max={LIMITS.hoverDelayMs.max}
        step={50}
        onValidChange={(hoverDelayMs) => set({ hoverDelayMs })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={display.showElectricityFloor}
          onChange={(event) => set({ showElectricityFloor: event.target.checked })}
        />
        Show the electricity-only cost beside the all-in estimate
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={display.showBadge}
          onChange={(event) => set({ showBadge: event.target.checked })}
        />
        Count the prices found on a page on the toolbar button
      </label>
    </section>
  );
}
