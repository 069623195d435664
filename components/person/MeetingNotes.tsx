import type { Meeting } from '@/utils/db/records';
import { i18n } from '#i18n';

/** A meeting's private and shared notes as read back later (panel history, people page). */
export function MeetingNotes({ meeting }: { meeting: Pick<Meeting, 'notes' | 'shared'> }) {
  const notes = meeting.notes.trim();
  const shared = meeting.shared?.trim();
  if (!notes && !shared) return <p class="muted">{i18n.t('notes.none')}</p>;
  return (
    <>
      {notes && <p class="notes-text">{meeting.notes}</p>}
      {shared && (
        <p class="notes-text shared-text">
          <span class="muted">{i18n.t('notes.sharedPrefix')} </span>
          {meeting.shared}
        </p>
      )}
    </>
  );
}
