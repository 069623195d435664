/** Erase everything, after typing the word: one transaction, then the settings. */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { eraseDatabase } from '@/utils/backup/merge';
import { resetSettings } from '@/utils/extension/settings';
import { tellBackground } from '@/utils/protocol/messaging';
import { forgetEncryption } from '@/utils/crypto/lock';
import { i18n } from '#i18n';

const WORD = 'ERASE';

export function EraseForm({ db }: { db: CompanionDatabase }) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const erase = async (event: Event) => {
    event.preventDefault();
    if (typed.trim() !== WORD) return setMessage(i18n.t('erase.typeWord', { word: WORD }));
    await eraseDatabase(db);
    await resetSettings();
    await forgetEncryption(db);
    void tellBackground({ type: 'commitments-changed' });
    setTyped('');
    setMessage(i18n.t('erase.done'));
  };
  return (
    <form class="erase" onSubmit={(event) => void erase(event)}>
      <h3>{i18n.t('erase.heading')}</h3>
      <p class="muted">{i18n.t('erase.intro')}</p>
      <label>
        {i18n.t('erase.confirmLabel', { word: WORD })}{' '}
        <input
          type="text"
          aria-label={i18n.t('erase.confirmLabel', { word: WORD })}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
          autocomplete="off"
        />
      </label>
      <button type="submit" class="danger-button" disabled={typed.trim() !== WORD}>
        {i18n.t('erase.heading')}
      </button>
      <p role="status" class="form-message">
        {message}
      </p>
    </form>
  );
}
