/** One person on the people page: their numbers, what they want from 1:1s, and their whole history. */
import { FOCUS_LABEL } from '@/utils/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import { WANTS, type Commitment, type Meeting, type Want } from '@/utils/db/records';
import type { PersonSummary } from '@/utils/db/overview';
import { setDone } from '@/utils/db/commitments';
import { byUrgency } from '@/utils/commitments';
import { meetingDateText, meetingStatusText } from '@/utils/dates';
import { tellBackground } from '@/utils/messaging';
import { CommitmentItem } from './CommitmentItem';
import { MeetingNotes } from './MeetingNotes';

interface Props {
  db: CompanionDatabase;
  summary: PersonSummary;
  meetings: Meeting[];
  commitments: Commitment[];
  now: Date;
}

export function PersonHistory({ db, summary, meetings, commitments, now }: Props) {
  const { person } = summary;
  const wants = new Set(person.wants ?? []);
  const toggle = (want: Want, on: boolean) => {
    const next = WANTS.filter((item) => (item === want ? on : wants.has(item)));
    void db.people.update(person.id, { wants: next, updatedAt: new Date().toISOString() });
  };
  const history = [...meetings].sort((a, b) => b.start.localeCompare(a.start));
  const open = commitments.filter((commitment) => commitment.status === 'open').sort(byUrgency(now));
  const done = commitments.filter((commitment) => commitment.status === 'done');

  return (
    <>
      <h2 class="detail-name">{person.name}</h2>
      <p class="muted">{person.emails.join(', ')}</p>
      <dl class="numbers">
        <div>
          <dt>Held</dt>
          <dd>{summary.held}</dd>
        </div>
        <div>
          <dt>Usually every</dt>
          <dd>{summary.usualGap !== undefined ? `${Math.round(summary.usualGap)} days` : '—'}</dd>
        </div>
        <div>
          <dt>Since the last</dt>
          <dd>{summary.staleness ? `${summary.staleness.days} days` : '—'}</dd>
        </div>
        <div>
          <dt>Cancelled (90 days)</dt>
          <dd>{summary.cancelledLast90Days}</dd>
        </div>
        <div>
          <dt>Feedback asked</dt>
          <dd>
            {summary.feedbackAsked} of {summary.held}
          </dd>
        </div>
      </dl>
      <fieldset class="wants">
        <legend>What {person.name.split(' ')[0]} wants from 1:1s</legend>
        {WANTS.map((want) => (
          <label key={want}>
            <input type="checkbox" checked={wants.has(want)} onChange={(event) => toggle(want, event.currentTarget.checked)} /> {want}
          </label>
        ))}
      </fieldset>
      <h3>Commitments</h3>
      {open.length + done.length === 0 && <p class="muted">None yet.</p>}
      <ul class="commitment-list">
        {[...open, ...done].map((commitment) => (
          <CommitmentItem
            key={commitment.id}
            commitment={commitment}
            personName={person.name}
            now={now}
            showAge
            onDone={(isDone) => void setDone(db, commitment.id, isDone).then(() => tellBackground({ type: 'commitments-changed' }))}
          />
        ))}
      </ul>
      <h3>1:1s</h3>
      <ol class="earlier-list">
        {history.map((meeting) => (
          <li key={meeting.id} class="earlier-item">
            <h4>
              {meetingDateText(meeting.start)}
              {meeting.focus && <span class="muted"> · {FOCUS_LABEL[meeting.focus]}</span>}
              {meetingStatusText(meeting) && <span class={`status status-${meeting.status}`}> · {meetingStatusText(meeting)}</span>}
            </h4>
            <MeetingNotes meeting={meeting} />
          </li>
        ))}
      </ol>
    </>
  );
}
