/** The two numbers of a cadence, as typed (checked on save with checkCadence). */
export interface CadenceText {
  near: string;
  horizon: string;
}

export function CadenceFields({ value, onChange }: { value: CadenceText; onChange: (value: CadenceText) => void }) {
  return (
    <>
      <label>
        Near future every{' '}
        <input
          type="number"
          min={1}
          max={26}
          value={value.near}
          onInput={(event) => onChange({ ...value, near: event.currentTarget.value })}
        />{' '}
        weeks
      </label>
      <label>
        Horizon every{' '}
        <input
          type="number"
          min={1}
          max={52}
          value={value.horizon}
          onInput={(event) => onChange({ ...value, horizon: event.currentTarget.value })}
        />{' '}
        weeks
      </label>
    </>
  );
}

export function cadenceText(cadence: { nearFutureWeeks: number; horizonWeeks: number }): CadenceText {
  return { near: String(cadence.nearFutureWeeks), horizon: String(cadence.horizonWeeks) };
}
