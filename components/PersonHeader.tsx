import type { Meeting, Person } from '@/utils/db/records';
import { wasHeld } from '@/utils/db/meetings';
import { daysAgoText, meetingDateText } from '@/utils/dates';
import { personUrl } from '@/utils/person-link';

interface Props {
  person: Person;
  meetings: Meeting[];
  current: Meeting;
  now: Date;
  onNotOneOnOne?: (() => void) | undefined;
}

/** Who the 1:1 is with, and how long it has been. */
export function PersonHeader({ person, meetings, current, now, onNotOneOnOne }: Props) {
  const held = meetings.filter((meeting) => wasHeld(meeting, now));
  const last = held.find((meeting) => meeting.id !== current.id);
  return (
    <header class="person">
      <div class="person-name-row">
        <h1 class="person-name">{person.name}</h1>
        {onNotOneOnOne && (
          <button type="button" class="link-button" onClick={onNotOneOnOne} title="Stop showing notes for this series">
            Not a 1:1
          </button>
        )}
      </div>
      {person.emails[0] && <p class="person-email">{person.emails[0]}</p>}
      <p class="person-wants">
        {person.wants && person.wants.length > 0 ? <>Wants from 1:1s: {person.wants.join(', ')} · </> : null}
        <a href={personUrl(person.id)} target="_blank" rel="noopener">
          {person.wants?.length ? 'Edit' : 'What do they want from 1:1s?'}
        </a>
      </p>
      <p class="person-gap" data-testid="gap">
        {last ? (
          <>
            Last 1:1 <strong>{daysAgoText(new Date(last.start), now)}</strong>
            <span class="muted"> ({meetingDateText(last.start)})</span> · {held.length} held
          </>
        ) : (
          <>Your first 1:1 together{held.length > 0 ? ` · ${held.length} held` : ''}</>
        )}
      </p>
    </header>
  );
}
