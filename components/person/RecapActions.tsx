/** After the 1:1: the recap for the other person, copied or opened as an email draft. */
import { useState } from 'preact/hooks';
import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { recapOf } from './recap-of';
import type { Voice } from '@/utils/rules/voice';
import { i18n } from '#i18n';
import { confirmedByUser } from '@/components/person/confirm-in-frame';

interface Props {
  person: Person;
  meeting: Meeting;
  commitments: Commitment[];
  /** The person's language, when it is not the interface's. */
  voice?: Voice;
}

export function RecapActions({ person, meeting, commitments, voice }: Props) {
  const [message, setMessage] = useState('');
  const recap = recapOf(person, meeting, commitments, voice);
  const first = person.name.split(' ')[0] ?? person.name;
  const copy = async (rich: boolean) => {
    if (!confirmedByUser(i18n.t('confirm.copyRecap', { name: first }))) return;
    try {
      if (rich && typeof ClipboardItem !== 'undefined') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([recap.html], { type: 'text/html' }),
            'text/plain': new Blob([recap.markdown], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(recap.markdown);
      }
      setMessage(i18n.t(rich ? 'recap.copiedRich' : 'recap.copiedMarkdown'));
    } catch {
      setMessage(i18n.t('recap.copyRefused'));
    }
  };
  return (
    <section class="recap" aria-label={i18n.t('recap.label')}>
      <p class="muted">{i18n.t('recap.holds')}</p>
      <div class="recap-actions">
        <button type="button" onClick={() => void copy(true)}>
          {i18n.t('recap.copy')}
        </button>
        <button type="button" onClick={() => void copy(false)}>
          {i18n.t('recap.copyMarkdown')}
        </button>
        <a
          class="button-link"
          href={recap.mailto}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            if (!confirmedByUser(i18n.t('confirm.emailRecap', { name: first }))) event.preventDefault();
          }}
        >
          {person.emails[0] ? i18n.t('recap.emailTo', { name: first }) : i18n.t('recap.email')}
        </a>
      </div>
      <p role="status" class="form-message">
        {message}
      </p>
    </section>
  );
}
