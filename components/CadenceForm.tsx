/** The usual rhythm of the three horizons, for everyone (a person's own overrides it). */
import { useEffect, useState } from 'preact/hooks';
import { cadenceSetting, checkCadence, readCadence } from '@/utils/settings';
import { useStorageItem } from './use-storage-item';

export function CadenceForm() {
  const cadence = useStorageItem(cadenceSetting, readCadence);
  const [near, setNear] = useState(String(cadence.nearFutureWeeks));
  const [horizon, setHorizon] = useState(String(cadence.horizonWeeks));
  const [message, setMessage] = useState('');
  useEffect(() => {
    setNear(String(cadence.nearFutureWeeks));
    setHorizon(String(cadence.horizonWeeks));
  }, [cadence.nearFutureWeeks, cadence.horizonWeeks]);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkCadence({ nearFutureWeeks: Number(near), horizonWeeks: Number(horizon) });
    if (!checked.ok) return setMessage(checked.error);
    await cadenceSetting.setValue(checked.cadence);
    setMessage('Saved.');
  };

  return (
    <section class="card" aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">Cadence</h2>
      <p class="muted">
        Most 1:1s are about the present. Every few weeks, look at the near future (growth and impact in the coming weeks); less often, at
        the horizon (career, skills, the leader they want to become).
      </p>
      <form class="cadence-form" noValidate onSubmit={(event) => void save(event)}>
        <label>
          Near future every <input type="number" min={1} max={26} value={near} onInput={(event) => setNear(event.currentTarget.value)} />{' '}
          weeks
        </label>
        <label>
          Horizon every <input type="number" min={1} max={52} value={horizon} onInput={(event) => setHorizon(event.currentTarget.value)} />{' '}
          weeks
        </label>
        <button type="submit">Save cadence</button>
        <span role="status" class="form-message">
          {message}
        </span>
      </form>
    </section>
  );
}
