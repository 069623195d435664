import type { Meeting } from '@/utils/db/records';
import { i18n } from '#i18n';
import { LazyMarkdown } from '../shared/LazyMarkdown';

/** A meeting's private and shared notes as read back later (panel history, people page). */
export function MeetingNotes({ meeting }: { meeting: Pick<Meeting, 'notes' | 'shared'> }) {
  const notes = meeting.notes.trim();
  const shared = meeting.shared?.trim();
  if (!notes && !shared) return <p class="muted">{i18n.t('notes.none')}</p>;
  const text = (value: string) => <LazyMarkdown class="notes-text" text={value} />;
  return (
    <>
      {notes && text(meeting.notes)}
      {shared && (
        <div class="shared-text">
          <span class="muted">{i18n.t('notes.sharedPrefix')}</span>
          {text(meeting.shared ?? '')}
        </div>
      )}
    </>
  );
}
