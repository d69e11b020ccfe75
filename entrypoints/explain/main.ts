// Fills the explanation page with the user's current model inputs and regime bands.
import { browser } from 'wxt/browser';
import { formatUsd } from '@/lib/format';
import { createSettingsStore } from '@/lib/settings/store';
import { renderEstimatesSection } from './estimates-section';
import type { Settings } from '@/lib/settings/schema';

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

function show(settings: Settings): void {
  setText('input-electricity', `$${settings.model.electricityUsdPerKwh.toFixed(3).replace(/0$/, '')}/kWh`);
  setText(
    'input-efficiency',
    settings.model.efficiencyJPerTh === null
      ? 'the dated network-average curve'
      : `${settings.model.efficiencyJPerTh} J/TH`,
  );
  setText('input-overhead', `× ${settings.model.overheadMultiplier}`);
  setText(
    'input-source',
    settings.costSource === 'fixed' && settings.fixedCostUsd !== null
      ? `your fixed cost of ${formatUsd(settings.fixedCostUsd)} per BTC`
      : 'the model',
  );
  setText('thin-margin', `${settings.thinMarginPct} %`);
  setText('healthy-from', `${settings.thinMarginPct} %`);
  const estimates = document.getElementById('estimates');
  if (estimates) renderEstimatesSection(estimates, settings);
}

const store = createSettingsStore(browser.storage.sync);
store.load().then(show, () => undefined);
store.watch(show);
