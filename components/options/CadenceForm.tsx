/** The usual rhythm of the three horizons, for everyone (a person's own overrides it). */
import { useEffect, useState } from 'preact/hooks';
import { cadenceSetting, checkCadence, readCadence } from '@/utils/extension/settings';
import { useStorageItem } from '../shared/use-storage-item';
import { CadenceFields, cadenceText } from '../shared/CadenceFields';
import { i18n } from '#i18n';

export function CadenceForm() {
  const cadence = useStorageItem(cadenceSetting, readCadence);
  const [typed, setTyped] = useState(cadenceText(cadence));
  const [message, setMessage] = useState('');
  const { nearFutureWeeks, horizonWeeks } = cadence;
  // The stored cadence arrives after the first render, and may change in another tab.
  useEffect(() => setTyped(cadenceText({ nearFutureWeeks, horizonWeeks })), [nearFutureWeeks, horizonWeeks]);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkCadence({ nearFutureWeeks: Number(typed.near), horizonWeeks: Number(typed.horizon) });
    if (!checked.ok) return setMessage(checked.error);
    await cadenceSetting.setValue(checked.cadence);
    setMessage(i18n.t('common.saved'));
  };

  return (
    <section class="card" aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">{i18n.t('cadence.heading')}</h2>
      <p class="muted">{i18n.t('cadence.intro')}</p>
      <form class="cadence-form" noValidate onSubmit={(event) => void save(event)}>
        <CadenceFields value={typed} onChange={setTyped} />
        <button type="submit">{i18n.t('cadence.save')}</button>
        <span role="status" class="form-message">
          {message}
        </span>
      </form>
    </section>
  );
}
