/** The popup with live data: the database and the stored settings, drawn by PopupView. */
import type { CompanionDatabase } from '@/utils/db/database';
import { openCommitments, setDone, type CommitmentRef } from '@/utils/db/commitments';
import { glanceAtPeople } from '@/utils/db/overview';
import { tellBackground } from '@/utils/protocol/messaging';
import { useLiveQuery } from '../shared/use-live-query';
import { useStorageItem } from '../shared/use-storage-item';
import { lastBackupAt, readLastBackupAt } from '@/utils/extension/settings';
import { liveCalls } from '@/utils/extension/live-calls';
import { PopupView, type PopupData } from './PopupView';
import type { PopupState } from './popup-state';
import { PageHealthNotice } from '../shared/PageHealthNotice';
import { startOneOnOneWith } from '@/utils/db/meetings';
import { startedTarget } from '@/utils/protocol/panel-link';
import { closeIfPopup, openNotes } from '@/utils/extension/open-panel';
import type { PersonRef } from '@/utils/db/people';
import { i18n } from '#i18n';

export { FIRST_SHOWN } from './PopupView';

const readCalls = () => liveCalls.getValue();

interface Props {
  db: CompanionDatabase;
  now?: Date;
  /** What to show until the database answers (the background's snapshot). */
  initial?: PopupData | undefined;
  state: PopupState;
}

export function Popup({ db, now = new Date(), initial, state }: Props) {
  const commitments = useLiveQuery(() => openCommitments(db), [db]);
  const glances = useLiveQuery(() => glanceAtPeople(db, now), [db]);
  const lastBackup = useStorageItem(lastBackupAt, readLastBackupAt);
  const calls = useStorageItem(liveCalls, readCalls);
  if (commitments.error || glances.error)
    return <p role="alert">{i18n.t('popup.failed', { reason: (commitments.error ?? glances.error)?.message ?? '' })}</p>;
  const onDone = (commitment: CommitmentRef, done: boolean) =>
    setDone(db, commitment, done).then(() => tellBackground({ type: 'commitments-changed' }));
  /** A 1:1 not on the calendar: today's meeting, and its notes beside the tab (the popup closes). */
  const onStart = async (who: PersonRef) => {
    const { ref } = await startOneOnOneWith(db, who, new Date(Math.max(Date.now(), now.getTime())));
    await openNotes(startedTarget(ref));
    await closeIfPopup();
  };
  if (!commitments.value || !glances.value) {
    return initial ? <PopupView {...initial} now={now} state={state} onDone={onDone} /> : <p aria-busy="true">{i18n.t('lock.opening')}</p>;
  }
  return (
    <>
      <PageHealthNotice />
      <PopupView
        commitments={commitments.value}
        glances={glances.value}
        lastBackup={lastBackup}
        inCall={Object.keys(calls).length > 0}
        now={now}
        state={state}
        onDone={onDone}
        onStart={onStart}
      />
    </>
  );
}
