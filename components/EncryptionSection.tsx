/** Encryption at rest: turn it on with a passphrase, change it, lock now, or turn it off. */
import { useEffect, useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import {
  changePassphrase,
  checkNewPassphrase,
  disableEncryption,
  enableEncryption,
  loadLockState,
  lockNow,
  watchLockState,
  type LockState,
  type Outcome,
} from '@/utils/crypto/lock';

function PassphraseField({
  label,
  value,
  onInput,
  autocomplete,
}: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: string;
}) {
  return (
    <label>
      {label} <input type="password" autocomplete={autocomplete} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
    </label>
  );
}

export function EncryptionSection({ db }: { db: CompanionDatabase }) {
  const [state, setState] = useState<LockState>();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [current, setCurrent] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadLockState().then(setState);
    return watchLockState(setState);
  }, []);

  const run = async (event: Event, action: () => Promise<Outcome>, done: string) => {
    event.preventDefault();
    setBusy(true);
    setMessage('Working… (this takes a moment: the passphrase is stretched on purpose)');
    const result = await action();
    setBusy(false);
    setMessage(result.ok ? done : result.error);
    if (result.ok) {
      setFirst('');
      setSecond('');
      setCurrent('');
      setState(await loadLockState());
    }
  };
  const problem = first || second ? checkNewPassphrase(first, second) : undefined;

  return (
    <section class="card" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption</h2>
      {state === 'off' ? (
        <form
          class="passphrase-form"
          onSubmit={(event) => void run(event, () => enableEncryption(db, first), 'Your notes are now encrypted on this computer.')}
        >
          <p class="muted">
            Encrypt your notes and commitments on this computer with a passphrase. You enter it once per browser session. If you forget it,
            nobody can recover your notes: keep a backup.
          </p>
          <PassphraseField label="Passphrase" value={first} onInput={setFirst} autocomplete="new-password" />
          <PassphraseField label="Repeat it" value={second} onInput={setSecond} autocomplete="new-password" />
          <button type="submit" class="primary-button" disabled={busy || !first || !!problem}>
            Encrypt my notes
          </button>
          {problem && <p class="muted">{problem}</p>}
        </form>
      ) : (
        <>
          <p>Your notes and commitments are encrypted on this computer.</p>
          <div class="form-actions">
            <button type="button" class="primary-button" onClick={() => void lockNow().then(() => setMessage('Locked.'))}>
              Lock now
            </button>
          </div>
          <form
            class="passphrase-form"
            onSubmit={(event) =>
              void run(event, () => changePassphrase(db, current, first), 'Passphrase changed; everything was re-encrypted.')
            }
          >
            <h3>Change the passphrase</h3>
            <PassphraseField label="Current passphrase" value={current} onInput={setCurrent} autocomplete="current-password" />
            <PassphraseField label="New passphrase" value={first} onInput={setFirst} autocomplete="new-password" />
            <PassphraseField label="Repeat the new one" value={second} onInput={setSecond} autocomplete="new-password" />
            <button type="submit" class="primary-button" disabled={busy || !current || !first || !!problem}>
              Change passphrase
            </button>
            {problem && <p class="muted">{problem}</p>}
          </form>
          <form class="passphrase-form" onSubmit={(event) => void run(event, () => disableEncryption(db, current), 'Encryption is off.')}>
            <h3>Turn encryption off</h3>
            <PassphraseField label="Passphrase" value={current} onInput={setCurrent} autocomplete="current-password" />
            <button type="submit" class="danger-button" disabled={busy || !current}>
              Turn off encryption
            </button>
          </form>
        </>
      )}
      <p role="status" class="form-message">
        {message}
      </p>
    </section>
  );
}
