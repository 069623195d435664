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
import { i18n } from '#i18n';

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

const FLASH = 'encryption-message';

export function EncryptionSection({ db }: { db: CompanionDatabase }) {
  const [state, setState] = useState<LockState>();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [current, setCurrent] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadLockState().then(setState);
    // Said before the page reloaded onto the notes' new store (below).
    const said = sessionStorage.getItem(FLASH);
    if (said) {
      sessionStorage.removeItem(FLASH);
      setMessage(said);
    }
    return watchLockState(setState);
  }, []);

  const run = async (event: Event, action: () => Promise<Outcome>, done: string) => {
    event.preventDefault();
    setBusy(true);
    setMessage(i18n.t('encryption.working'));
    const result = await action();
    if (result.ok && 'db' in result) {
      // The notes moved to a new store: every page, this one too, opens it afresh.
      sessionStorage.setItem(FLASH, done);
      location.reload();
      return;
    }
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
      <h2 id="encryption-heading">{i18n.t('encryption.heading')}</h2>
      {state === undefined ? (
        // Not known yet: no form, so nothing typed lands in a form about to be swapped (nor "on" flashes by).
        <p class="muted">{i18n.t('encryption.checking')}</p>
      ) : state === 'off' ? (
        <form
          class="passphrase-form"
          onSubmit={(event) => void run(event, () => enableEncryption(db, first), i18n.t('encryption.enabled'))}
        >
          <p class="muted">{i18n.t('encryption.intro')}</p>
          <PassphraseField label={i18n.t('encryption.passphrase')} value={first} onInput={setFirst} autocomplete="new-password" />
          <PassphraseField label={i18n.t('encryption.repeat')} value={second} onInput={setSecond} autocomplete="new-password" />
          <button type="submit" class="primary-button" disabled={busy || !first || !!problem}>
            {i18n.t('encryption.enable')}
          </button>
          {problem && <p class="muted">{problem}</p>}
        </form>
      ) : (
        <>
          <p>{i18n.t('encryption.isOn')}</p>
          <div class="form-actions">
            <button type="button" class="primary-button" onClick={() => void lockNow().then(() => setMessage(i18n.t('encryption.locked')))}>
              {i18n.t('encryption.lockNow')}
            </button>
          </div>
          <form
            class="passphrase-form"
            onSubmit={(event) => void run(event, () => changePassphrase(db, current, first), i18n.t('encryption.changed'))}
          >
            <h3>{i18n.t('encryption.changeHeading')}</h3>
            <PassphraseField label={i18n.t('encryption.current')} value={current} onInput={setCurrent} autocomplete="current-password" />
            <PassphraseField label={i18n.t('encryption.new')} value={first} onInput={setFirst} autocomplete="new-password" />
            <PassphraseField label={i18n.t('encryption.repeatNew')} value={second} onInput={setSecond} autocomplete="new-password" />
            <button type="submit" class="primary-button" disabled={busy || !current || !first || !!problem}>
              {i18n.t('encryption.change')}
            </button>
            {problem && <p class="muted">{problem}</p>}
          </form>
          <form
            class="passphrase-form"
            onSubmit={(event) => void run(event, () => disableEncryption(db, current), i18n.t('encryption.off'))}
          >
            <h3>{i18n.t('encryption.offHeading')}</h3>
            <PassphraseField label={i18n.t('encryption.passphrase')} value={current} onInput={setCurrent} autocomplete="current-password" />
            <button type="submit" class="danger-button" disabled={busy || !current}>
              {i18n.t('encryption.turnOff')}
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
