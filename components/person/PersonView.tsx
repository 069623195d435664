/**
 * The person view of one 1:1 occurrence: who, how long since, earlier notes,
 * and today's notes. Shared by every extension page that shows a 1:1 (the
 * docked panel now; the side panel during calls later).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { meetingsWith, previewOccurrence, type OccurrencePreview } from '@/utils/db/meetings';
import { findPerson } from '@/utils/db/people';
import type { PanelTarget } from '@/utils/protocol/panel-link';
import type { DraftStore } from '@/utils/extension/autosave';
import { meetingDateText } from '@/utils/rules/dates';
import { asError, useLiveQuery } from '../shared/use-live-query';
import { errorText } from '../shared/error-text';
import { PersonHeader } from './PersonHeader';
import { NotesEditor } from './NotesEditor';
import { TaskCapture } from './TaskCapture';
import { EarlierNotes } from './EarlierNotes';
import { MeetingPlan } from './MeetingPlan';
import { TheirTopics } from './TheirTopics';
import { StatusNudge } from './StatusNudge';
import { DifficultPrep } from './DifficultPrep';
import { FollowUpReminder } from './FollowUpReminder';
import { useStorageItem } from '../shared/use-storage-item';
import { cadenceSetting, readCadence } from '@/utils/extension/settings';
import { bankEntries } from '@/utils/rules/questions/user-bank';
import { commitmentsOf } from '@/utils/db/commitments';
import { CommitmentsSection } from '../commitments/CommitmentsSection';
import { RecapActions } from './RecapActions';
import { usePersonVoice } from './PersonLanguage';
import { i18n } from '#i18n';

interface Props {
  db: CompanionDatabase;
  target: PanelTarget;
  drafts?: DraftStore | undefined;
  now?: Date;
  onNotOneOnOne?: (() => void) | undefined;
}

/** Today's notes from anywhere in the panel: the skip link, or Alt+N (by the key's place, so any layout). */
function toNotes(event?: Event): void {
  const box = document.getElementById('notes-input');
  if (!box) return;
  event?.preventDefault();
  box.focus();
  box.scrollIntoView({ block: 'nearest' });
}

export function PersonView({ db, target, drafts, now = new Date(), onNotOneOnOne }: Props) {
  const [preview, setPreview] = useState<OccurrencePreview>();
  const [openError, setOpenError] = useState<Error>();
  const seenStoredRef = useRef(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN') toNotes(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A layout effect: the occurrence is looked up as soon as the view is in the page, not a frame later.
  useLayoutEffect(() => {
    let cancelled = false;
    seenStoredRef.current = false;
    // Shows, writes nothing: the person and meeting are stored with the first edit (utils/db/meetings.ts).
    previewOccurrence(db, {
      key: target.key,
      seriesKey: target.seriesKey,
      title: target.title,
      ...(target.start ? { start: target.start } : {}),
      ...(target.end ? { end: target.end } : {}),
      ...(target.editing ? { editing: true } : {}),
      counterpart: target.counterpart,
    }).then(
      (shown) => !cancelled && setPreview(shown),
      (error: unknown) => !cancelled && setOpenError(asError(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [db, target]);

  const opened = preview && preview.kind !== 'mismatch' ? preview : undefined;
  // The person as stored (by id, or, not stored when shown, by address or name once another view
  // stored them), their meetings and their commitments: one read, one render (issue 25: three
  // reads one after another, each with a render, were a third of a panel's opening).
  const records = useLiveQuery(async () => {
    if (!opened) return undefined;
    const person = (await db.people.get(opened.person.id)) ?? (await findPerson(db, target.counterpart));
    const personId = person?.id ?? opened.person.id;
    const [meetings, commitments] = await Promise.all([meetingsWith(db, personId), commitmentsOf(db, personId)]);
    return { person, meetings, commitments };
  }, [db, opened, target]);
  const storedPerson = records.value?.person;
  const storedMeetings = records.value?.meetings;
  const commitments = records.value?.commitments;
  const questionRecords = useLiveQuery(() => db.questions.toArray(), [db]);
  const cadence = useStorageItem(cadenceSetting, readCadence);
  // The questions and the recap speak the person's language, when they have one.
  const voice = usePersonVoice((storedPerson ?? opened?.person)?.language);

  const error = openError ?? records.error ?? questionRecords.error;
  if (error) {
    return (
      <p class="problem" role="alert">
        {i18n.t('person.failed', { reason: errorText(error) })}
      </p>
    );
  }
  if (preview?.kind === 'mismatch') {
    return (
      <p class="problem" role="alert">
        {i18n.t('person.mismatch', { stored: preview.storedName, named: preview.calendarName })}
      </p>
    );
  }
  // Until its first edit, the person and this meeting are the preview's (not stored yet).
  const person = storedPerson ?? opened?.person;
  const stored = storedMeetings?.find(
    // By its calendar key too: another view (a tab, the side panel) may have stored this occurrence first.
    (meeting) => meeting.id === opened?.meeting.id || meeting.eventKey === opened?.meeting.eventKey,
  );
  if (stored) seenStoredRef.current = true;
  // Shown before its first edit (also while that edit is being stored); once stored and then
  // gone (erased), it is not shown as new again.
  const current = stored ?? (storedMeetings && opened?.kind === 'pending' && !seenStoredRef.current ? opened.meeting : undefined);
  const meetings =
    storedMeetings && current && !storedMeetings.some((meeting) => meeting.id === current.id)
      ? [current, ...storedMeetings].sort((a, b) => b.start.localeCompare(a.start))
      : storedMeetings;
  if (!person || !meetings || !current || !questionRecords.value || !commitments) {
    return (
      <p class="loading" aria-busy="true">
        {i18n.t('person.opening')}
      </p>
    );
  }
  const earlier = meetings.filter((meeting) => meeting.id !== current.id && meeting.start < current.start);
  const entries = bankEntries(questionRecords.value, voice.t);
  const bank = entries.filter((entry) => !entry.hidden);

  return (
    <div class="person-view" data-person-id={person.id}>
      <a class="skip-link" href="#notes-input" onClick={toNotes}>
        {i18n.t('fold.skip')}
      </a>
      <PersonHeader person={person} meetings={meetings} current={current} pending={!stored} now={now} onNotOneOnOne={onNotOneOnOne} />
      <FollowUpReminder earlier={earlier} />
      <StatusNudge db={db} person={person} earlier={earlier} />
      <TheirTopics db={db} meeting={current} personName={person.name} />
      <CommitmentsSection db={db} person={person} meetings={meetings} current={current} commitments={commitments} now={now} />
      <NotesEditor
        // By the occurrence, not the meeting's id: a 1:1 shown before it was stored gets the stored id
        // when another window stores it first, and the editor must not start over then (its "both texts
        // kept" would be lost; tests/e2e/concurrent.spec.ts).
        key={current.eventKey}
        meeting={current}
        label={i18n.t('notes.label', { day: meetingDateText(current.start) })}
        hint={i18n.t('notes.privateHint')}
        db={db}
        drafts={drafts}
      />
      <TaskCapture db={db} person={person} current={current} commitments={commitments} />
      <MeetingPlan
        db={db}
        person={person}
        meetings={meetings}
        current={current}
        bank={bank}
        known={new Map(entries.map((entry) => [entry.id, entry]))}
        cadence={cadence}
        language={voice.language}
      />
      <NotesEditor
        key={`shared-${current.eventKey}`}
        meeting={current}
        field="shared"
        label={i18n.t('notes.shared')}
        hint={i18n.t('notes.sharedHint')}
        placeholder={i18n.t('notes.sharedPlaceholder')}
        db={db}
        drafts={drafts}
      />
      <RecapActions person={person} meeting={current} commitments={commitments} voice={voice} />
      <DifficultPrep key={`difficult-${current.eventKey}`} db={db} meeting={current} drafts={drafts} />
      <EarlierNotes meetings={earlier} personName={person.name} now={now} />
    </div>
  );
}
