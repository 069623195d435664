/** Said once, kindly: the last three 1:1s read like status updates. */
import type { CompanionDatabase } from '@/utils/db/database';
import type { Meeting, Person } from '@/utils/db/records';
import { statusReportNudge } from '@/utils/rules/nudges';
import { i18n } from '#i18n';

interface Props {
  db: CompanionDatabase;
  person: Person;
  /** Earlier meetings with this person, newest first. */
  earlier: Meeting[];
}

export function StatusNudge({ db, person, earlier }: Props) {
  const withNotes = earlier.filter((meeting) => meeting.status !== 'cancelled' && meeting.notes.trim());
  const message = statusReportNudge(withNotes.map((meeting) => meeting.notes));
  const newest = withNotes[0];
  // Put away, it stays away until a newer meeting joins the three.
  if (!message || !newest || (person.statusNudgeDismissedAt && person.statusNudgeDismissedAt >= newest.start)) return null;
  return (
    <aside class="nudge" role="note" aria-label={i18n.t('nudge.label')}>
      <p>{message}</p>
      <button
        type="button"
        class="link-button"
        onClick={() =>
          void db.people.update(person.id, { statusNudgeDismissedAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
        }
      >
        {i18n.t('nudge.gotIt')}
      </button>
    </aside>
  );
}
