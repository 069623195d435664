/** One person on the people page: their numbers, what they want from 1:1s, and their whole history. */
import { focusLabel } from '@/utils/rules/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import { WANTS, type Commitment, type Meeting, type Person, type Want } from '@/utils/db/records';
import { startUnplannedOneOnOne } from '@/utils/db/meetings';
import { startedTarget } from '@/utils/protocol/panel-link';
import { openNotes } from '@/utils/extension/open-panel';
import { errorText } from '../shared/error-text';
import { useMemo, useState } from 'preact/hooks';
import type { PersonSummary } from '@/utils/db/overview';
import { setDone } from '@/utils/db/commitments';
import { byUrgency } from '@/utils/rules/commitments';
import { meetingDateText, meetingStatusText } from '@/utils/rules/dates';
import { tellBackground } from '@/utils/protocol/messaging';
import { CommitmentItem } from '../commitments/CommitmentItem';
import { MeetingNotes } from '../person/MeetingNotes';
import { Timeline } from './Timeline';
import { i18n } from '#i18n';
import { wantLabel } from '@/utils/rules/want-label';
import { useStorageItem } from '../shared/use-storage-item';
import {
  cadenceSetting,
  personReminders,
  readCadence,
  readPersonReminders,
  readReminders,
  reminderSetting,
  setPersonReminder,
} from '@/utils/extension/settings';

interface Props {
  db: CompanionDatabase;
  summary: PersonSummary;
  meetings: Meeting[];
  commitments: Commitment[];
  now: Date;
}

const LEAD_TIMES = [1, 2, 5, 10, 15, 30, 60];

/** How long before this person's 1:1s the reminder comes: as in settings, none, or their own. */
function PersonReminder({ person }: { person: Person }) {
  const all = useStorageItem(personReminders, readPersonReminders);
  const global = useStorageItem(reminderSetting, readReminders);
  const own = all[person.id];
  const id = `reminder-${person.id}`;
  return (
    <p class="person-reminder">
      <label for={id}>{i18n.t('reminders.person', { name: person.name })}</label>{' '}
      <select
        id={id}
        value={own === undefined ? 'default' : String(own)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          void setPersonReminder(person.id, value === 'default' ? undefined : Number(value));
        }}
      >
        <option value="default">
          {global.on ? i18n.t('reminders.personDefault', { minutes: global.minutes }) : i18n.t('reminders.personOff')}
        </option>
        <option value="0">{i18n.t('reminders.personOff')}</option>
        {[...new Set([...LEAD_TIMES, ...(own ? [own] : [])])]
          .sort((a, b) => a - b)
          .map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {i18n.t('reminders.personMinutes', minutes)}
            </option>
          ))}
      </select>
    </p>
  );
}

/** A 1:1 not on any calendar: today's meeting, stored, and its notes beside this tab (else in a tab of their own). */
function StartOneOnOne({ db, person, now }: { db: CompanionDatabase; person: Person; now: Date }) {
  const [error, setError] = useState<string>();
  const start = async () => {
    try {
      const { ref } = await startUnplannedOneOnOne(db, person, new Date(Math.max(Date.now(), now.getTime())));
      const target = startedTarget(ref);
      await openNotes(target);
      setError(undefined);
    } catch (failure) {
      setError(i18n.t('history.startFailed', { reason: errorText(failure) }));
    }
  };
  return (
    <div class="start-one-on-one">
      <button type="button" class="secondary-button" onClick={() => void start()}>
        {i18n.t('history.start', { name: person.name })}
      </button>
      <p class="muted">{i18n.t('history.startHint')}</p>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export function PersonHistory({ db, summary, meetings, commitments, now }: Props) {
  const { person } = summary;
  const wants = new Set(person.wants ?? []);
  const toggle = (want: Want, on: boolean) => {
    const next = WANTS.filter((item) => (item === want ? on : wants.has(item)));
    void db.people.update(person.id, { wants: next, updatedAt: new Date().toISOString() });
  };
  const history = [...meetings].sort((a, b) => b.start.localeCompare(a.start));
  const everyone = useStorageItem(cadenceSetting, readCadence);
  const cadence = useMemo(() => ({ ...everyone, ...person.cadence }), [everyone, person.cadence]);
  const open = commitments.filter((commitment) => commitment.status === 'open').sort(byUrgency(now));
  const done = commitments.filter((commitment) => commitment.status === 'done');

  return (
    <>
      <h2 class="detail-name">{person.name}</h2>
      <p class="muted">{person.emails.join(', ')}</p>
      <StartOneOnOne db={db} person={person} now={now} />
      <dl class="numbers">
        <div>
          <dt>{i18n.t('history.held')}</dt>
          <dd>{summary.held}</dd>
        </div>
        <div>
          <dt>{i18n.t('history.usually')}</dt>
          <dd>{summary.usualGap !== undefined ? i18n.t('focus.days', Math.round(summary.usualGap)) : '—'}</dd>
        </div>
        <div>
          <dt>{i18n.t('history.since')}</dt>
          <dd>{summary.staleness ? i18n.t('focus.days', summary.staleness.days) : '—'}</dd>
        </div>
        <div>
          <dt>{i18n.t('history.cancelled')}</dt>
          <dd>{summary.cancelledLast90Days}</dd>
        </div>
        <div>
          <dt>{i18n.t('history.feedback')}</dt>
          <dd>{i18n.t('history.feedbackOf', { asked: summary.feedbackAsked, held: summary.held })}</dd>
        </div>
      </dl>
      <Timeline
        key={person.id}
        meetings={meetings}
        now={now}
        cadence={cadence}
        label={i18n.t('rhythm.timeline', { name: person.name })}
        notesIdPrefix="meeting-"
      />
      <p class="muted legend">{i18n.t('rhythm.legend')}</p>
      <fieldset class="wants">
        <legend>{i18n.t('history.wants', { name: person.name.split(' ')[0] ?? person.name })}</legend>
        {WANTS.map((want) => (
          <label key={want}>
            <input
              autocomplete="off"
              type="checkbox"
              checked={wants.has(want)}
              onChange={(event) => toggle(want, event.currentTarget.checked)}
            />{' '}
            {wantLabel(want)}
          </label>
        ))}
      </fieldset>
      <PersonReminder person={person} />
      <h3>{i18n.t('commitments.heading')}</h3>
      {open.length + done.length === 0 && <p class="muted">{i18n.t('history.noCommitments')}</p>}
      <ul class="commitment-list">
        {[...open, ...done].map((commitment) => (
          <CommitmentItem
            key={commitment.id}
            commitment={commitment}
            personName={person.name}
            now={now}
            showAge
            onDone={(isDone) => void setDone(db, commitment, isDone).then(() => tellBackground({ type: 'commitments-changed' }))}
          />
        ))}
      </ul>
      <h3>{i18n.t('history.meetings')}</h3>
      <ol class="earlier-list">
        {history.map((meeting) => (
          <li key={meeting.id} id={`meeting-${meeting.id}`} class="earlier-item" tabIndex={-1}>
            <h4>
              {meetingDateText(meeting.start)}
              {meeting.focus && <span class="muted"> · {focusLabel(meeting.focus)}</span>}
              {meetingStatusText(meeting) && <span class={`status status-${meeting.status}`}> · {meetingStatusText(meeting)}</span>}
            </h4>
            <MeetingNotes meeting={meeting} />
          </li>
        ))}
      </ol>
    </>
  );
}
