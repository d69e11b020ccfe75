import { useId } from 'react';

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/** Search over titles, descriptions and impact bullets; Escape clears. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        Search articles
      </label>
      <input
        id={id}
        className="search__input"
        type="search"
        placeholder="Search articles"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
