/** Reminders before each 1:1: one switch, and how many minutes before (a person's own lead time is on the people page). */
import { useEffect, useState } from 'preact/hooks';
import { checkReminders, LONGEST_REMINDER, readReminders, reminderSetting } from '@/utils/extension/settings';
import { NumberField } from './NumberField';
import { useStorageItem } from '../shared/use-storage-item';
import { i18n } from '#i18n';

export function ReminderForm() {
  const setting = useStorageItem(reminderSetting, readReminders);
  const [typed, setTyped] = useState(String(setting.minutes));
  const [message, setMessage] = useState('');
  // The stored setting arrives after the first render, and may change in another tab.
  useEffect(() => setTyped(String(setting.minutes)), [setting.minutes]);

  const store = async (next: unknown) => {
    const checked = checkReminders(next);
    if (!checked.ok) return setMessage(checked.error);
    await reminderSetting.setValue(checked.reminders);
    setMessage(i18n.t('reminders.saved'));
  };
  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{i18n.t('reminders.heading')}</h2>
      <p class="muted">{i18n.t('reminders.intro')}</p>
      <form
        class="reminder-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void store({ on: setting.on, minutes: Number(typed) });
        }}
      >
        <label>
          <input
            autocomplete="off"
            type="checkbox"
            checked={setting.on}
            onChange={(event) => void store({ on: event.currentTarget.checked, minutes: setting.minutes })}
          />{' '}
          {i18n.t('reminders.on')}
        </label>
        <NumberField
          label={i18n.t('reminders.minutes')}
          min={1}
          max={LONGEST_REMINDER}
          value={typed}
          disabled={!setting.on}
          onInput={setTyped}
        />
        <button type="submit" disabled={!setting.on}>
          {i18n.t('common.save')}
        </button>
        <span role="status" class="form-message">
          {message}
        </span>
      </form>
    </section>
  );
}
