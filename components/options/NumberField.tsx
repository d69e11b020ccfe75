import { useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  /** Shown after the input, e.g. "$/kWh". */
  unit: string;
  /** One line saying what the value means. */
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Called with every valid value; invalid input is shown as an error and never passed on. */
  onValidChange(value: number): void;
  disabled?: boolean;
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

/** A labelled numeric input that validates as the user types and only reports values within range. */
export function NumberField({
  label,
  unit,
  help,
  value,
  min,
  max,
  step,
  onValidChange,
  disabled,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => plain.format(value));
  const [error, setError] = useState<string | null>(null);

  function handleChange(next: string) {
    setText(next);
    const normalized = next.trim().replace(/[\s,_]/g, '');
    const parsed = normalized === '' ? Number.NaN : Number(normalized);
    if (!Number.isFinite(parsed)) {
      setError(`Enter a number from ${plain.format(min)} to ${plain.format(max)}.`);
    } else if (parsed < min || parsed > max) {
      setError(`${label} must be from ${plain.format(min)} to ${plain.format(max)} ${unit}.`);
    } else {
      setError(null);
      onValidChange(parsed);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          data-step={step}
          onChange={(event) => handleChange(event.target.value)}
        />
        <span className="unit">{unit}</span>
      </div>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
