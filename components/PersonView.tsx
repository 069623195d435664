/**
 * The person view of one 1:1 occurrence: who, how long since, earlier notes,
 * and today's notes. Shared by every extension page that shows a 1:1 (the
 * docked panel now; the side panel during calls later).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { meetingsWith, openOccurrence } from '@/utils/db/meetings';
import type { PanelTarget } from '@/utils/panel-link';
import type { DraftStore } from '@/utils/autosave';
import { meetingDateText } from '@/utils/dates';
import { asError, useLiveQuery } from './use-live-query';
import { PersonHeader } from './PersonHeader';
import { NotesEditor } from './NotesEditor';
import { EarlierNotes } from './EarlierNotes';
import { MeetingPlan } from './MeetingPlan';
import { TheirTopics } from './TheirTopics';
import { StatusNudge } from './StatusNudge';
import { DifficultPrep } from './DifficultPrep';
import { FollowUpReminder } from './FollowUpReminder';
import { useStorageItem } from './use-storage-item';
import { cadenceSetting, readCadence } from '@/utils/settings';
import { bankEntries } from '@/utils/questions/user-bank';
import { commitmentsOf } from '@/utils/db/commitments';
import { CommitmentsSection } from './CommitmentsSection';
import { RecapActions } from './RecapActions';
import { i18n } from '#i18n';

interface Props {
  db: CompanionDatabase;
  target: PanelTarget;
  drafts?: DraftStore | undefined;
  now?: Date;
  onNotOneOnOne?: (() => void) | undefined;
}

export function PersonView({ db, target, drafts, now = new Date(), onNotOneOnOne }: Props) {
  const [opened, setOpened] = useState<{ personId: string; meetingId: string }>();
  const [openError, setOpenError] = useState<Error>();

  useEffect(() => {
    let cancelled = false;
    openOccurrence(db, {
      key: target.key,
      seriesKey: target.seriesKey,
      title: target.title,
      ...(target.start ? { start: target.start } : {}),
      ...(target.end ? { end: target.end } : {}),
      ...(target.editing ? { editing: true } : {}),
      counterpart: target.counterpart,
    }).then(
      ({ person, meeting }) => !cancelled && setOpened({ personId: person.id, meetingId: meeting.id }),
      (error: unknown) => !cancelled && setOpenError(asError(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [db, target]);

  const personId = opened?.personId;
  const person = useLiveQuery(async () => (personId ? db.people.get(personId) : undefined), [db, personId]);
  const meetings = useLiveQuery(async () => (personId ? meetingsWith(db, personId) : []), [db, personId]);
  const questionRecords = useLiveQuery(() => db.questions.toArray(), [db]);
  const commitments = useLiveQuery(async () => (personId ? commitmentsOf(db, personId) : []), [db, personId]);
  const cadence = useStorageItem(cadenceSetting, readCadence);

  const error = openError ?? person.error ?? meetings.error ?? questionRecords.error ?? commitments.error;
  if (error) {
    return (
      <p class="problem" role="alert">
        {i18n.t('person.failed', { reason: error.message })}
      </p>
    );
  }
  const current = meetings.value?.find((meeting) => meeting.id === opened?.meetingId);
  if (!person.value || !meetings.value || !current || !questionRecords.value || !commitments.value) {
    return (
      <p class="loading" aria-busy="true">
        {i18n.t('person.opening')}
      </p>
    );
  }
  const earlier = meetings.value.filter((meeting) => meeting.id !== current.id && meeting.start < current.start);
  const entries = bankEntries(questionRecords.value);
  const bank = entries.filter((entry) => !entry.hidden);

  return (
    <div class="person-view" data-person-id={person.value.id}>
      <PersonHeader person={person.value} meetings={meetings.value} current={current} now={now} onNotOneOnOne={onNotOneOnOne} />
      <FollowUpReminder earlier={earlier} />
      <StatusNudge db={db} person={person.value} earlier={earlier} />
      <TheirTopics db={db} meeting={current} personName={person.value.name} />
      <CommitmentsSection
        db={db}
        person={person.value}
        meetings={meetings.value}
        current={current}
        commitments={commitments.value}
        now={now}
      />
      <MeetingPlan
        db={db}
        person={person.value}
        meetings={meetings.value}
        current={current}
        bank={bank}
        known={new Map(entries.map((entry) => [entry.id, entry]))}
        cadence={cadence}
      />
      <NotesEditor
        key={current.id}
        meeting={current}
        label={i18n.t('notes.label', { day: meetingDateText(current.start) })}
        hint={i18n.t('notes.privateHint')}
        db={db}
        drafts={drafts}
      />
      <NotesEditor
        key={`shared-${current.id}`}
        meeting={current}
        field="shared"
        label={i18n.t('notes.shared')}
        hint={i18n.t('notes.sharedHint')}
        placeholder={i18n.t('notes.sharedPlaceholder')}
        db={db}
        drafts={drafts}
      />
      <RecapActions person={person.value} meeting={current} commitments={commitments.value} />
      <DifficultPrep key={`difficult-${current.id}`} db={db} meeting={current} drafts={drafts} />
      <EarlierNotes meetings={earlier} personName={person.value.name} now={now} />
    </div>
  );
}
