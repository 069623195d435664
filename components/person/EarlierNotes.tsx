import { useState } from 'preact/hooks';
import type { Meeting } from '@/utils/db/records';
import { MeetingNotes } from './MeetingNotes';
import { daysAgoText, meetingDateText, meetingStatusText } from '@/utils/rules/dates';
import { i18n } from '#i18n';

interface Props {
  meetings: Meeting[];
  personName: string;
  now: Date;
}

/** How many earlier 1:1s show at first: years of history stay one click away, not in the way. */
export const EARLIER_SHOWN = 12;

/** The notes of earlier 1:1s, newest first. */
export function EarlierNotes({ meetings, personName, now }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? meetings : meetings.slice(0, EARLIER_SHOWN);
  return (
    <section class="earlier" aria-labelledby="earlier-heading">
      <h2 id="earlier-heading">{i18n.t('earlier.heading')}</h2>
      {meetings.length === 0 ? (
        <p class="empty">{i18n.t('earlier.none', { name: personName })}</p>
      ) : (
        <ol class="earlier-list">
          {shown.map((meeting) => (
            <li key={meeting.id} id={`earlier-${meeting.id}`} class="earlier-item" tabIndex={-1}>
              <h3>
                {meetingDateText(meeting.start)} <span class="muted">· {daysAgoText(new Date(meeting.start), now)}</span>
                {meetingStatusText(meeting) && <span class={`status status-${meeting.status}`}> · {meetingStatusText(meeting)}</span>}
              </h3>
              <MeetingNotes meeting={meeting} />
            </li>
          ))}
        </ol>
      )}
      {shown.length < meetings.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          {i18n.t('earlier.showAll', meetings.length)}
        </button>
      )}
    </section>
  );
}
