/**
 * Automatic backups as the user sees them, the same in the popup and the options page: the
 * one question after the first week, the status line ("Last backup: today 09:12 · 1.4 MB ·
 * 14 kept"), a failure in plain words, and "Back up now" beside it.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  autoBackupState,
  backupStatus,
  firstWeekEnds,
  readAutoBackupState,
  shouldAsk,
  type AutoBackupState,
  type BackupOutcome,
} from '@/utils/backup/auto-backup-state';
import { autoBackupSetting, readAutoBackup } from '@/utils/extension/settings';
import { askBackground } from '@/utils/protocol/messaging';
import { encryptionState } from '@/utils/crypto/middleware';
import { clockText, dayText } from '@/utils/rules/dates';
import { useLoadedStorageItem, useStorageItem } from './use-storage-item';
import { i18n } from '#i18n';

export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? i18n.t('autoBackup.sizeKb', { kb: Math.max(1, Math.round(bytes / 1024)) })
    : i18n.t('autoBackup.size', { mb: (bytes / 1024 / 1024).toFixed(1) });
}

/** "today 09:12", "yesterday 18:40", else the day and time. */
export function whenText(iso: string, now: Date): string {
  const at = parseISO(iso);
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return i18n.t('autoBackup.today', { time: clockText(at) });
  if (days === 1) return i18n.t('autoBackup.yesterday', { time: clockText(at) });
  return `${dayText(at)} ${clockText(at)}`;
}

type Failure = NonNullable<AutoBackupState['failure']>;

export function failureText(failure: Pick<Failure, 'reason' | 'detail'>): string {
  const detail = failure.detail ?? '';
  switch (failure.reason) {
    case 'locked':
      return i18n.t('autoBackup.reason.locked');
    case 'folder':
      return i18n.t('autoBackup.reason.folder');
    case 'space':
      return i18n.t('autoBackup.reason.space');
    case 'cancelled':
      return i18n.t('autoBackup.reason.cancelled');
    case 'download':
      return i18n.t('autoBackup.reason.download', { detail });
    case 'read':
      return i18n.t('autoBackup.reason.read', { detail });
  }
}

function outcomeText(outcome: BackupOutcome | undefined): string {
  if (!outcome) return i18n.t('autoBackup.noAnswer');
  if (outcome.kind === 'written') return i18n.t('autoBackup.written', { name: outcome.file.name, size: sizeText(outcome.file.bytes) });
  if (outcome.kind === 'empty') return i18n.t('autoBackup.empty');
  // A failure is kept and shown above, in words, until a backup succeeds; by hand, nothing else comes back.
  return '';
}

/** The status line, the failure, "Back up now" (and, in the options page, "Show in folder"). */
export function AutoBackupStatus({ now, showFolder = false, compact = false }: { now: Date; showFolder?: boolean; compact?: boolean }) {
  const state = useStorageItem(autoBackupState, readAutoBackupState);
  const setting = useStorageItem(autoBackupSetting, readAutoBackup);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const { last, kept, failure } = backupStatus(state);
  const backUpNow = async () => {
    setBusy(true);
    setMessage(i18n.t('autoBackup.backingUp'));
    const outcome = await askBackground({ type: 'backup-now' });
    setBusy(false);
    setMessage(outcomeText(outcome));
  };
  // Until the background has looked once, when the first week ends is not known: no date is guessed.
  const starts = state.since ? firstWeekEnds(state, now) : undefined;
  return (
    <div class="auto-backup-status" data-testid="auto-backup-status">
      {failure && (
        <p class="backup-failed" role="alert">
          {i18n.t('autoBackup.failed', { when: whenText(failure.at, now), reason: failureText(failure) })}
        </p>
      )}
      <p>
        {last
          ? i18n.t('autoBackup.last', { when: whenText(last.at, now), size: sizeText(last.bytes), kept: i18n.t('autoBackup.kept', kept) })
          : compact
            ? ''
            : setting.every === 'off'
              ? i18n.t('autoBackup.isOff')
              : starts && starts > now
                ? i18n.t('autoBackup.firstWeek', { day: dayText(starts) })
                : i18n.t('autoBackup.none')}{' '}
        <button type="button" class="link-button" disabled={busy} onClick={() => void backUpNow()}>
          {i18n.t('autoBackup.backUpNow')}
        </button>
        {showFolder && last && browser.downloads && (
          <>
            {' · '}
            <button
              type="button"
              class="link-button"
              onClick={() => void Promise.resolve(browser.downloads.show(last.id)).catch(() => undefined)}
            >
              {i18n.t('autoBackup.showFolder')}
            </button>
          </>
        )}
      </p>
      <p role="status" class="form-message">
        {message}
      </p>
    </div>
  );
}

/** The one question, after the first week of notes; backups are on until the answer says otherwise. */
export function AutoBackupQuestion({ now, hasData }: { now: Date; hasData: boolean }) {
  const state = useStorageItem(autoBackupState, readAutoBackupState);
  const setting = useStorageItem(autoBackupSetting, readAutoBackup);
  if (!shouldAsk(setting, state, hasData, now)) return null;
  const answer = (every: 'day' | 'week' | 'off') => void autoBackupSetting.setValue({ ...setting, every, askedAt: now.toISOString() });
  return (
    <section class="nudge auto-backup-question" aria-labelledby="auto-backup-question">
      <h2 id="auto-backup-question">{i18n.t('autoBackup.askHeading')}</h2>
      <p>
        {i18n.t('autoBackup.ask', { keep: setting.keep })} {encryptionState().enabled ? i18n.t('autoBackup.askSealed') : ''}
      </p>
      <div class="form-actions">
        <button type="button" class="primary-button" onClick={() => answer('day')}>
          {i18n.t('autoBackup.askDaily')}
        </button>
        <button type="button" onClick={() => answer('week')}>
          {i18n.t('autoBackup.askWeekly')}
        </button>
        <button type="button" onClick={() => answer('off')}>
          {i18n.t('autoBackup.askOff')}
        </button>
      </div>
    </section>
  );
}

/**
 * The popup's word on backups, only when there is something to say: the one question while it
 * is open, else a failure or the reminder (no recent backup), with "Back up now".
 */
export function PopupBackup({ reminder, now, hasData }: { reminder: string | undefined; now: Date; hasData: boolean }) {
  const state = useLoadedStorageItem(autoBackupState, readAutoBackupState);
  const setting = useLoadedStorageItem(autoBackupSetting, readAutoBackup);
  if (!state || !setting) return null;
  if (shouldAsk(setting, state, hasData, now)) return <AutoBackupQuestion now={now} hasData={hasData} />;
  if (!reminder && !state.failure) return null;
  return (
    <div class="nudge" role="note">
      {reminder && <p>{reminder}</p>}
      <AutoBackupStatus now={now} compact />
    </div>
  );
}
