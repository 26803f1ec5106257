/** A labelled set of radio buttons: arrow keys move between choices, as screen readers expect. */
import { useId } from 'react';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  hint?: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange(value: T): void;
}

export function ChoiceGroup<T extends string>({
  legend,
  hint,
  value,
  choices,
  labels,
  onChange,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <span>{labels[choice]}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
