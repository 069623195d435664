/** Restore from a backup: checked first, previewed, then written in one go (or not at all). */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Backup } from '@/utils/backup/format';
import { readBackupFile, type ReadResult } from '@/utils/backup/read';
import { openSealedBackup, type SealedBackup } from '@/utils/backup/sealed';
import { applyImport, planImport, TABLES, type ImportPlan } from '@/utils/backup/merge';
import { i18n } from '#i18n';
import { listText } from '@/utils/rules/languages';

const summary = (counts: ImportPlan['add']) =>
  listText(TABLES.filter((table) => counts[table] > 0).map((table) => i18n.t(`import.count.${table}`, counts[table]))) ||
  i18n.t('import.nothing');

export function ImportForm({ db, onImported }: { db: CompanionDatabase; onImported(settings: Backup['settings']): Promise<void> }) {
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [pending, setPending] = useState<{ backup: Backup; plan: ImportPlan; name: string }>();
  const [theirs, setTheirs] = useState<Set<string>>(new Set());
  const [sealed, setSealed] = useState<{ envelope: SealedBackup; name: string }>();
  const [passphrase, setPassphrase] = useState('');

  const preview = async (read: ReadResult, name: string) => {
    if (!read.ok) {
      if (read.sealed) setSealed({ envelope: read.sealed, name });
      return setError(read.error);
    }
    setSealed(undefined);
    setError('');
    const plan = await planImport(db, read.backup);
    setTheirs(new Set());
    setPending({ backup: read.backup, plan, name });
  };

  const choose = async (file: File | undefined) => {
    setError('');
    setDone('');
    setPending(undefined);
    setSealed(undefined);
    if (!file) return;
    await preview(await readBackupFile(file), file.name);
  };
  const confirm = async () => {
    if (!pending) return;
    const started = performance.now();
    try {
      const written = await applyImport(db, pending.plan, theirs);
      await onImported(pending.backup.settings);
      setDone(i18n.t('import.done', { count: written, name: pending.name, ms: Math.round(performance.now() - started) }));
      setPending(undefined);
    } catch (failure) {
      setError(i18n.t('import.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  return (
    <div class="import">
      <h3>{i18n.t('import.heading')}</h3>
      <p class="muted">{i18n.t('autoBackup.restoreHint')}</p>
      <label class="file-label">
        {i18n.t('import.choose')}{' '}
        <input
          autocomplete="off"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </label>
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
      {sealed && (
        <form
          class="passphrase-form"
          onSubmit={(event) => {
            event.preventDefault();
            void openSealedBackup(sealed.envelope, passphrase).then((read) => preview(read, sealed.name));
          }}
        >
          <label>
            {i18n.t('import.passphrase')}{' '}
            <input
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary-button" disabled={!passphrase}>
            {i18n.t('import.open')}
          </button>
        </form>
      )}
      {done && (
        <p role="status" class="form-message">
          {done}
        </p>
      )}
      {pending && (
        <div class="import-preview" aria-label={i18n.t('import.preview')} role="region">
          <p>
            {i18n.t('import.plan', {
              name: pending.name,
              add: summary(pending.plan.add),
              change: summary(pending.plan.change),
              same: summary(pending.plan.same),
            })}
            {pending.plan.matched.people > 0 && ` ${i18n.t('import.matched', pending.plan.matched.people)}`}
          </p>
          {pending.plan.conflicts.length > 0 && (
            <fieldset class="conflicts">
              <legend>{i18n.t('import.conflicts', pending.plan.conflicts.length)}</legend>
              {pending.plan.conflicts.map((conflict) => (
                <div key={conflict.key} class="conflict" role="radiogroup" aria-label={conflict.label}>
                  <span>{conflict.label}</span>
                  <label>
                    <input
                      autocomplete="off"
                      type="radio"
                      name={conflict.key}
                      checked={!theirs.has(conflict.key)}
                      onChange={() => setTheirs((set) => new Set([...set].filter((key) => key !== conflict.key)))}
                    />{' '}
                    {i18n.t('import.keepMine')}
                  </label>
                  <label>
                    <input
                      autocomplete="off"
                      type="radio"
                      name={conflict.key}
                      checked={theirs.has(conflict.key)}
                      onChange={() => setTheirs((set) => new Set([...set, conflict.key]))}
                    />{' '}
                    {i18n.t('import.takeTheirs')}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <div class="form-actions">
            <button type="button" class="primary-button" onClick={() => void confirm()}>
              {i18n.t('import.confirm')}
            </button>
            <button type="button" class="link-button" onClick={() => setPending(undefined)}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
