import type { Meeting, Person } from '@/utils/db/records';
import { wasHeld } from '@/utils/db/meetings';
import { listText } from '@/utils/rules/languages';
import { daysAgoText, meetingDateText } from '@/utils/rules/dates';
import { personUrl } from '@/utils/protocol/person-link';
import { i18n } from '#i18n';
import { wantLabel } from '@/utils/rules/want-label';
import { Timeline } from '../people/Timeline';

interface Props {
  person: Person;
  meetings: Meeting[];
  current: Meeting;
  /** The meeting shown is not stored yet (nothing written in it): it is not one held. */
  pending?: boolean;
  now: Date;
  onNotOneOnOne?: (() => void) | undefined;
}

/** Who the 1:1 is with, how long it has been, and the last twelve months at a glance. */
export function PersonHeader({ person, meetings, current, pending = false, now, onNotOneOnOne }: Props) {
  // Held: stored (something happened in it) and past; the one shown counts only once written in.
  const held = meetings.filter((meeting) => wasHeld(meeting, now) && !(pending && meeting.id === current.id));
  const last = held.find((meeting) => meeting.id !== current.id);
  return (
    <header class="person">
      <div class="person-name-row">
        <h1 class="person-name">{person.name}</h1>
        {onNotOneOnOne && (
          <button type="button" class="link-button" onClick={onNotOneOnOne} title={i18n.t('person.notOneOnOneTitle')}>
            {i18n.t('person.notOneOnOne')}
          </button>
        )}
      </div>
      {person.emails[0] && <p class="person-email">{person.emails[0]}</p>}
      <p class="person-wants">
        {person.wants && person.wants.length > 0 ? (
          <>{i18n.t('person.wants', { wants: listText(person.wants.map(wantLabel)) })} · </>
        ) : null}
        <a href={personUrl(person.id)} target="_blank" rel="noopener">
          {i18n.t(person.wants?.length ? 'common.edit' : 'person.askWants')}
        </a>
      </p>
      <p class="person-gap" data-testid="gap">
        {last ? (
          <>
            {i18n.t('person.last')} <strong>{daysAgoText(new Date(last.start), now)}</strong>
            <span class="muted"> ({meetingDateText(last.start)})</span> · {i18n.t('person.held', held.length)}
          </>
        ) : (
          // No 1:1 before this one: the first, whether or not it was written in yet (the warning says "not held yet" before it).
          i18n.t('person.first')
        )}
      </p>
      {held.length > 1 && (
        <Timeline
          key={person.id}
          compact
          meetings={meetings}
          now={now}
          label={i18n.t('rhythm.timelineCompact', { name: person.name })}
          notesIdPrefix="earlier-"
        />
      )}
    </header>
  );
}
