/**
 * Commitments in the panel: open ones from earlier 1:1s first (the meeting
 * starts with follow-up), then what was promised today, then a line to add one.
 */
import { useState } from 'preact/hooks';
import { byUrgency } from '@/utils/rules/commitments';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { addCommitment, deleteCommitment, editCommitment, restoreCommitment, setDone } from '@/utils/db/commitments';
import { tellBackground } from '@/utils/protocol/messaging';
import { AddCommitment } from './AddCommitment';
import { CommitmentItem } from './CommitmentItem';
import { i18n } from '#i18n';
import { Fold, openCount } from '../shared/Fold';

interface Props {
  db: CompanionDatabase;
  person: Person;
  meetings: Meeting[];
  current: Meeting;
  commitments: Commitment[];
  now: Date;
}

/** The most urgent earlier commitments shown at first; the rest one click away (the notes stay in view). */
const FIRST_SHOWN = 3;

const changed = () => void tellBackground({ type: 'commitments-changed' });

export function CommitmentsSection({ db, person, meetings, current, commitments, now }: Props) {
  const [deleted, setDeleted] = useState<Commitment>();
  const earlier = commitments
    .filter((commitment) => commitment.meetingId !== current.id && commitment.status === 'open')
    .sort(byUrgency(now));
  const today = commitments
    .filter((commitment) => commitment.meetingId === current.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const firstName = person.name.split(' ')[0] ?? person.name;
  const [all, setAll] = useState(false);
  const shownEarlier = all ? earlier : earlier.slice(0, FIRST_SHOWN);
  const open = earlier.length + today.filter((commitment) => commitment.status === 'open').length;

  const item = (commitment: Commitment, showAge: boolean) => (
    <CommitmentItem
      key={commitment.id}
      commitment={commitment}
      personName={person.name}
      now={now}
      showAge={showAge}
      onDone={(done) => void setDone(db, commitment, done).then(changed)}
      onEdit={async (input) => {
        const result = await editCommitment(db, commitment, input);
        changed();
        return result.ok ? undefined : result.error;
      }}
      onDelete={() =>
        void deleteCommitment(db, commitment).then((gone) => {
          setDeleted(gone);
          changed();
        })
      }
    />
  );

  return (
    <Fold id="commitments" class="commitments" title={i18n.t('commitments.heading')} count={openCount(open)}>
      {earlier.length > 0 && (
        <>
          <p class="reminder">{i18n.t('commitments.followUp')}</p>
          <ul class="commitment-list" aria-label={i18n.t('commitments.earlierList')}>
            {shownEarlier.map((commitment) => item(commitment, true))}
          </ul>
          {shownEarlier.length < earlier.length && (
            <button type="button" class="link-button show-all" onClick={() => setAll(true)}>
              {i18n.t('fold.showAll', earlier.length)}
            </button>
          )}
        </>
      )}
      {today.length > 0 && (
        <ul class="commitment-list" aria-label={i18n.t('commitments.todayList')}>
          {today.map((commitment) => item(commitment, false))}
        </ul>
      )}
      {deleted && (
        <p class="undo-bar" role="status">
          {i18n.t('commitments.deleted', { text: deleted.text })}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => void restoreCommitment(db, deleted).then(() => (setDeleted(undefined), changed()))}
          >
            {i18n.t('common.undo')}
          </button>
        </p>
      )}
      <AddCommitment
        meetings={meetings}
        current={current}
        firstName={firstName}
        now={now}
        onAdd={async (input) => {
          const result = await addCommitment(db, { personId: person.id, meetingId: current.id }, input);
          if (!result.ok) return result.error;
          setDeleted(undefined);
          changed();
          return undefined;
        }}
      />
    </Fold>
  );
}
