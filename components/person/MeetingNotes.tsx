import type { Meeting } from '@/utils/db/records';
import { i18n } from '#i18n';
import { Markdown } from '../shared/Markdown';

/** A meeting's private and shared notes as read back later (panel history, people page). */
export function MeetingNotes({ meeting }: { meeting: Pick<Meeting, 'notes' | 'shared'> }) {
  const notes = meeting.notes.trim();
  const shared = meeting.shared?.trim();
  if (!notes && !shared) return <p class="muted">{i18n.t('notes.none')}</p>;
  return (
    <>
      {notes && <Markdown class="notes-text" text={meeting.notes} />}
      {shared && (
        <div class="shared-text">
          <span class="muted">{i18n.t('notes.sharedPrefix')}</span>
          <Markdown class="notes-text" text={meeting.shared ?? ''} />
        </div>
      )}
    </>
  );
}
