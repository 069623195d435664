/** The user's own addresses, asked on the welcome page and kept on the options page. */
import { useEffect, useState } from 'preact/hooks';
import { checkEmails, readSelfEmails, selfEmails } from '@/utils/extension/settings';
import { i18n } from '#i18n';
import { useStorageItem } from '../shared/use-storage-item';

export function SelfEmailsForm({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const stored = useStorageItem(selfEmails, readSelfEmails);
  const storedText = stored.join('\n');
  const [typed, setTyped] = useState(storedText);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  // The stored addresses arrive after the first render, and may change in another tab.
  useEffect(() => setTyped(storedText), [storedText]);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkEmails(typed);
    setInvalid(!checked.ok);
    if (!checked.ok) return setMessage(checked.error);
    await selfEmails.setValue(checked.emails);
    setTyped(checked.emails.join('\n'));
    setMessage(i18n.t(checked.emails.length ? 'selfEmails.saved' : 'selfEmails.savedNone'));
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section class="card" aria-labelledby="self-emails-heading">
      <Heading id="self-emails-heading">{i18n.t('selfEmails.heading')}</Heading>
      <form class="self-emails-form" noValidate onSubmit={(event) => void save(event)}>
        <label for="self-emails">{i18n.t('selfEmails.label')}</label>
        <p class="muted" id="self-emails-hint">
          {i18n.t('selfEmails.hint')}
        </p>
        <textarea
          id="self-emails"
          rows={3}
          spellcheck={false}
          autocomplete="email"
          aria-describedby="self-emails-hint self-emails-message"
          aria-invalid={invalid}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <div class="form-row">
          <button type="submit">{i18n.t('selfEmails.save')}</button>
          <span role="status" id="self-emails-message" class="form-message">
            {message}
          </span>
        </div>
      </form>
    </section>
  );
}
