/** Automatic backups in the options page: how often, how many to keep, and the status with "Back up now". */
import { useEffect, useState } from 'preact/hooks';
import { autoBackupSetting, checkAutoBackup, MOST_BACKUPS_KEPT, readAutoBackup, type AutoBackupSetting } from '@/utils/extension/settings';
import { useStorageItem } from '../shared/use-storage-item';
import { AutoBackupStatus } from '../shared/AutoBackup';
import { NumberField } from './NumberField';
import { i18n } from '#i18n';

export function AutoBackupForm({ now }: { now: Date }) {
  const setting = useStorageItem(autoBackupSetting, readAutoBackup);
  const [typed, setTyped] = useState(String(setting.keep));
  const [message, setMessage] = useState('');
  useEffect(() => setTyped(String(setting.keep)), [setting.keep]);

  const store = async (next: Partial<AutoBackupSetting>) => {
    // Choosing here answers the one question too.
    const checked = checkAutoBackup({ ...setting, ...next, askedAt: setting.askedAt ?? new Date().toISOString() });
    if (!checked.ok) return setMessage(checked.error);
    await autoBackupSetting.setValue(checked.setting);
    setMessage(i18n.t('autoBackup.saved'));
  };
  return (
    <div class="auto-backup">
      <h3>{i18n.t('autoBackup.heading')}</h3>
      <p class="muted">{i18n.t('autoBackup.intro')}</p>
      <AutoBackupStatus now={now} showFolder />
      <form
        class="reminder-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void store({ keep: Number(typed) });
        }}
      >
        <label>
          {i18n.t('autoBackup.every')}{' '}
          <select
            value={setting.every}
            onChange={(event) => void store({ every: event.currentTarget.value as AutoBackupSetting['every'] })}
          >
            <option value="day">{i18n.t('autoBackup.day')}</option>
            <option value="week">{i18n.t('autoBackup.week')}</option>
            <option value="off">{i18n.t('autoBackup.off')}</option>
          </select>
        </label>
        <NumberField
          label={i18n.t('autoBackup.keep')}
          min={1}
          max={MOST_BACKUPS_KEPT}
          value={typed}
          disabled={setting.every === 'off'}
          onInput={setTyped}
        />
        <button type="submit" disabled={setting.every === 'off'}>
          {i18n.t('common.save')}
        </button>
        <span role="status" class="form-message">
          {message}
        </span>
      </form>
      <details class="move-guide">
        <summary>{i18n.t('autoBackup.moveHeading')}</summary>
        <ol>
          <li>{i18n.t('autoBackup.move1')}</li>
          <li>{i18n.t('autoBackup.move2')}</li>
          <li>{i18n.t('autoBackup.move3')}</li>
        </ol>
        <p class="muted">{i18n.t('autoBackup.moveMore')}</p>
      </details>
    </div>
  );
}
