/** A dated reminder to follow up on a difficult conversation prepared in an earlier 1:1. */
import type { Meeting } from '@/utils/db/records';
import { meetingDateText } from '@/utils/rules/dates';
import { i18n } from '#i18n';

export function FollowUpReminder({ earlier }: { earlier: Meeting[] }) {
  const prepared = earlier.find((meeting) => meeting.difficult?.followUp && meeting.difficult.example.trim());
  if (!prepared?.difficult?.followUp) return null;
  return (
    <aside class="follow-up" role="note" aria-label={i18n.t('followUp.label')}>
      {i18n.t('followUp.text', { day: meetingDateText(prepared.start), by: meetingDateText(prepared.difficult.followUp) })}{' '}
      <q>{prepared.difficult.example.trim().slice(0, 140)}</q>
    </aside>
  );
}
