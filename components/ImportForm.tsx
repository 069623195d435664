/** Restore from a backup: checked first, previewed, then written in one go (or not at all). */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Backup } from '@/utils/backup/format';
import { readBackupFile, type ReadResult } from '@/utils/backup/read';
import { openSealedBackup, type SealedBackup } from '@/utils/backup/sealed';
import { applyImport, planImport, TABLES, type ImportPlan } from '@/utils/backup/merge';

const NAMES = { people: 'people', meetings: 'meetings', commitments: 'commitments', questions: 'questions' } as const;
const summary = (counts: ImportPlan['add']) =>
  TABLES.filter((table) => counts[table] > 0)
    .map((table) => `${counts[table]} ${NAMES[table]}`)
    .join(', ') || 'nothing';

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
      setDone(`Imported ${written} records from ${pending.name} in ${Math.round(performance.now() - started)} ms.`);
      setPending(undefined);
    } catch (failure) {
      setError(`The import did not go through, and nothing was changed: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <div class="import">
      <h3>Restore from a backup</h3>
      <label class="file-label">
        Choose a backup file{' '}
        <input type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
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
            Passphrase of this backup{' '}
            <input
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary-button" disabled={!passphrase}>
            Open the backup
          </button>
        </form>
      )}
      {done && (
        <p role="status" class="form-message">
          {done}
        </p>
      )}
      {pending && (
        <div class="import-preview" aria-label="Import preview" role="region">
          <p>
            From {pending.name}: adds {summary(pending.plan.add)}; updates {summary(pending.plan.change)}; unchanged:{' '}
            {summary(pending.plan.same)}.{pending.plan.matched.people > 0 && ` ${pending.plan.matched.people} people matched by email.`}
          </p>
          {pending.plan.conflicts.length > 0 && (
            <fieldset class="conflicts">
              <legend>
                {pending.plan.conflicts.length} changed here since the backup was made. For each, keep yours or take the backup's:
              </legend>
              {pending.plan.conflicts.map((conflict) => (
                <div key={conflict.key} class="conflict" role="radiogroup" aria-label={conflict.label}>
                  <span>{conflict.label}</span>
                  <label>
                    <input
                      type="radio"
                      name={conflict.key}
                      checked={!theirs.has(conflict.key)}
                      onChange={() => setTheirs((set) => new Set([...set].filter((key) => key !== conflict.key)))}
                    />{' '}
                    Keep mine
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={conflict.key}
                      checked={theirs.has(conflict.key)}
                      onChange={() => setTheirs((set) => new Set([...set, conflict.key]))}
                    />{' '}
                    Take the backup's
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <div class="form-actions">
            <button type="button" class="primary-button" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" class="link-button" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
