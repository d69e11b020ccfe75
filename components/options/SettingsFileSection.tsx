import { useRef, useState } from 'react';
import { readSettingsFile, SETTINGS_FILE_NAME, writeSettingsFile } from '@/lib/settings/settings-file';
import type { Settings } from '@/lib/settings/schema';

export interface SettingsFileSectionProps {
  settings: Settings;
  onImport(settings: Settings): void;
  onReset(): void;
}

/** Export and import of settings as a JSON file, and reset to defaults with a confirmation. */
export function SettingsFileSection({ settings, onImport, onReset }: SettingsFileSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  function exportFile() {
    const url = URL.createObjectURL(new Blob([writeSettingsFile(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = SETTINGS_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ kind: 'info', text: `Exported to ${SETTINGS_FILE_NAME}.` });
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    const result = readSettingsFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok)
      return setMessage({ kind: 'error', text: `${file.name}: ${result.error} Nothing was changed.` });
    onImport(result.settings);
    setMessage({ kind: 'info', text: `Imported settings from ${file.name}.` });
  }

  function confirmReset() {
    onReset();
    setConfirming(false);
    setMessage({ kind: 'info', text: 'All settings are back to their defaults.' });
    resetButton.current?.focus();
  }

  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">Back up and reset</h2>
      <div className="button-row">
        <button type="button" onClick={exportFile}>
          Export settings
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Settings file to import"
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
        <button
          ref={resetButton}
          type="button"
          className="danger"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Reset to defaults…
        </button>
      </div>
      {confirming && (
        <div role="group" aria-labelledby="reset-question" className="confirm">
          <p id="reset-question">Reset every setting, including your sites, to the defaults?</p>
          <button type="button" className="danger" autoFocus onClick={confirmReset}>
            Reset
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
