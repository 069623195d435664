/** A whole number typed in a settings form (checked with the setting's schema when saved). */

interface Props {
  label: string;
  min: number;
  max: number;
  value: string;
  disabled: boolean;
  onInput: (value: string) => void;
}

export function NumberField({ label, min, max, value, disabled, onInput }: Props) {
  return (
    <label>
      {label}{' '}
      <input
        autocomplete="off"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        disabled={disabled}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </label>
  );
}
