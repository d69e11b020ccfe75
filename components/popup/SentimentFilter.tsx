import { useId } from 'react';
import { SENTIMENT_LABELS, SENTIMENTS, type Sentiment } from '@/lib/dataset/vocabulary';

export type SentimentChoice = Sentiment | 'ALL';

export interface SentimentFilterProps {
  value: SentimentChoice;
  counts: ReadonlyMap<SentimentChoice, number>;
  onChange: (value: SentimentChoice) => void;
}

const CHOICES: SentimentChoice[] = ['ALL', ...SENTIMENTS];

/** A radio group (native: arrow keys move and select) for the articles' verdict on miners' economics. */
export function SentimentFilter({ value, counts, onChange }: SentimentFilterProps) {
  const name = useId();
  return (
    <fieldset className="sentiment-filter">
      <legend className="visually-hidden">Sentiment for miners</legend>
      {CHOICES.map((choice) => (
        <label key={choice} className={`segment segment--${choice.toLowerCase()}`}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>
            {choice === 'ALL' ? 'All' : SENTIMENT_LABELS[choice]}{' '}
            <span className="segment__count">{counts.get(choice) ?? 0}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
