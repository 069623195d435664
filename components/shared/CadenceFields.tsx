/** The two numbers of a cadence, as typed (checked on save with checkCadence). */
import { i18n } from '#i18n';

export interface CadenceText {
  near: string;
  horizon: string;
}

export function CadenceFields({ value, onChange }: { value: CadenceText; onChange: (value: CadenceText) => void }) {
  return (
    <>
      <label>
        {i18n.t('cadence.nearEvery')}{' '}
        <input
          autocomplete="off"
          type="number"
          min={1}
          max={26}
          value={value.near}
          onInput={(event) => onChange({ ...value, near: event.currentTarget.value })}
        />{' '}
        {i18n.t('cadence.weeks')}
      </label>
      <label>
        {i18n.t('cadence.horizonEvery')}{' '}
        <input
          autocomplete="off"
          type="number"
          min={1}
          max={52}
          value={value.horizon}
          onInput={(event) => onChange({ ...value, horizon: event.currentTarget.value })}
        />{' '}
        {i18n.t('cadence.weeks')}
      </label>
    </>
  );
}

export function cadenceText(cadence: { nearFutureWeeks: number; horizonWeeks: number }): CadenceText {
  return { near: String(cadence.nearFutureWeeks), horizon: String(cadence.horizonWeeks) };
}
