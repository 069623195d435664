/** Erase everything, after typing the word: one transaction, then the settings. */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { eraseDatabase } from '@/utils/backup/merge';
import { resetSettings } from '@/utils/settings';
import { tellBackground } from '@/utils/messaging';
import { forgetEncryption } from '@/utils/crypto/lock';

const WORD = 'ERASE';

export function EraseForm({ db }: { db: CompanionDatabase }) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const erase = async (event: Event) => {
    event.preventDefault();
    if (typed.trim() !== WORD) return setMessage(`Type ${WORD} to confirm.`);
    await eraseDatabase(db);
    await resetSettings();
    await forgetEncryption();
    void tellBackground({ type: 'commitments-changed' });
    setTyped('');
    setMessage('Everything was erased.');
  };
  return (
    <form class="erase" onSubmit={(event) => void erase(event)}>
      <h3>Erase all data</h3>
      <p class="muted">Removes every person, meeting, note and commitment from this browser. It cannot be undone: export a backup first.</p>
      <label>
        Type {WORD} to confirm{' '}
        <input
          type="text"
          aria-label={`Type ${WORD} to confirm`}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
          autocomplete="off"
        />
      </label>
      <button type="submit" class="danger-button" disabled={typed.trim() !== WORD}>
        Erase all data
      </button>
      <p role="status" class="form-message">
        {message}
      </p>
    </form>
  );
}
