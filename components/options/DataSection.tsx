/** Your data: back up, restore, how the browser keeps it, and erase. */
import { useState } from 'preact/hooks';
import { formatISO } from 'date-fns';
import type { CompanionDatabase } from '@/utils/db/database';
import { backupToMarkdown, exportBackup } from '@/utils/backup/export';
import { backupReminder } from '@/utils/backup/reminder';
import { backupReminderText } from '../shared/backup-reminder-text';
import {
  cadenceSetting,
  lastBackupAt,
  readCadence,
  readLastBackupAt,
  readOverrides,
  recognitionOverrides,
} from '@/utils/extension/settings';
import { useStorageItem } from '../shared/use-storage-item';
import { useLiveQuery } from '../shared/use-live-query';
import { ImportForm } from './ImportForm';
import { sealBackup } from '@/utils/backup/sealed';
import { currentKeyring } from '@/utils/crypto/lock';
import { encryptionState } from '@/utils/crypto/middleware';
import { StorageStatus } from './StorageStatus';
import { EraseForm } from './EraseForm';
import { AutoBackupForm } from './AutoBackupForm';
import { AutoBackupQuestion } from '../shared/AutoBackup';
import { dayText } from '@/utils/rules/dates';
import { i18n } from '#i18n';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ db }: { db: CompanionDatabase }) {
  const [message, setMessage] = useState('');
  const [sealExport, setSealExport] = useState(true);
  const encrypted = encryptionState().enabled;
  const last = useStorageItem(lastBackupAt, readLastBackupAt);
  const meetings = useLiveQuery(() => db.meetings.count(), [db]);
  const remind = backupReminder(last, (meetings.value ?? 0) > 0, new Date());

  const exportAs = async (kind: 'json' | 'markdown') => {
    const started = performance.now();
    const backup = await exportBackup(db, { cadence: await readCadence(), recognitionOverrides: await readOverrides() });
    const day = formatISO(new Date(), { representation: 'date' });
    const keyring = encrypted && sealExport ? await currentKeyring() : null;
    const key = encryptionState().key;
    if (kind === 'json') {
      const json = JSON.stringify(backup);
      download(
        `one-on-one-companion-${day}${keyring ? '-encrypted' : ''}.json`,
        'application/json',
        keyring && key ? sealBackup(json, keyring, key) : json,
      );
    } else download(`one-on-one-notes-${day}.md`, 'text/markdown', backupToMarkdown(backup));
    if (kind === 'json') await lastBackupAt.setValue(new Date().toISOString());
    setMessage(
      i18n.t('data.exported', {
        people: backup.data.people.length,
        meetings: backup.data.meetings.length,
        commitments: backup.data.commitments.length,
        ms: Math.round(performance.now() - started),
      }),
    );
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('data.heading')}</h2>
      {remind && (
        <p class="nudge" role="note">
          {backupReminderText(remind)} {i18n.t('data.keepOne')}
        </p>
      )}
      <h3>{i18n.t('data.backUp')}</h3>
      <p class="muted">{i18n.t('data.backupHolds')}</p>
      <div class="form-actions">
        <button type="button" class="primary-button" onClick={() => void exportAs('json')}>
          {i18n.t('data.exportJson')}
        </button>
        <button type="button" class="primary-button" onClick={() => void exportAs('markdown')}>
          {i18n.t('data.exportMarkdown')}
        </button>
        {last && <span class="muted">{i18n.t('data.lastBackup', { day: dayText(new Date(last)) })}</span>}
        {encrypted && (
          <label>
            <input
              autocomplete="off"
              type="checkbox"
              checked={sealExport}
              onChange={(event) => setSealExport(event.currentTarget.checked)}
            />{' '}
            {i18n.t('data.sealExport')}
          </label>
        )}
      </div>
      <p role="status" class="form-message">
        {message}
      </p>
      <AutoBackupQuestion now={new Date()} hasData={(meetings.value ?? 0) > 0} />
      <AutoBackupForm now={new Date()} />
      <ImportForm
        db={db}
        onImported={async (settings) => {
          // Restored from a backup: what is here now is what that file holds, so the reminder goes quiet.
          await lastBackupAt.setValue(new Date().toISOString());
          if (settings.recognitionOverrides)
            await recognitionOverrides.setValue({ ...settings.recognitionOverrides, ...(await readOverrides()) });
          const cadence = await readCadence();
          if (
            settings.cadence &&
            cadence.nearFutureWeeks === cadenceSetting.fallback.nearFutureWeeks &&
            cadence.horizonWeeks === cadenceSetting.fallback.horizonWeeks
          ) {
            await cadenceSetting.setValue(settings.cadence);
          }
        }}
      />
      <StorageStatus />
      <EraseForm db={db} />
    </section>
  );
}
