/** After the 1:1: the recap for the other person, copied or opened as an email draft. */
import { useState } from 'preact/hooks';
import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { recapOf } from './recap-of';

interface Props {
  person: Person;
  meeting: Meeting;
  commitments: Commitment[];
}

export function RecapActions({ person, meeting, commitments }: Props) {
  const [message, setMessage] = useState('');
  const recap = recapOf(person, meeting, commitments);
  const copy = async (rich: boolean) => {
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
      setMessage(rich ? 'Recap copied (rich text, with Markdown for plain editors).' : 'Recap copied as Markdown.');
    } catch {
      setMessage('The browser did not allow copying here. Use “Email recap” instead.');
    }
  };
  return (
    <section class="recap" aria-label="Recap">
      <p class="muted">The recap holds the shared notes and both sides' commitments; never your private notes.</p>
      <div class="recap-actions">
        <button type="button" onClick={() => void copy(true)}>
          Copy recap
        </button>
        <button type="button" onClick={() => void copy(false)}>
          Copy as Markdown
        </button>
        <a class="button-link" href={recap.mailto} target="_blank" rel="noopener">
          Email recap{person.emails[0] ? ` to ${person.name.split(' ')[0]}` : ''}
        </a>
      </div>
      <p role="status" class="form-message">
        {message}
      </p>
    </section>
  );
}
