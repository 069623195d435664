/** The popup with its database: the lock first, then live data (loaded after the snapshot is drawn). */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { setDone, type CommitmentRef } from '@/utils/db/commitments';
import { tellBackground } from '@/utils/protocol/messaging';
import { Popup } from '@/components/popup/Popup';
import { PopupView, type PopupData } from '@/components/popup/PopupView';
import { LockGate } from '@/components/shared/LockGate';
import type { PopupState } from '@/components/popup/popup-state';

const databaseReady = openingDatabase();

/** Takes over from the snapshot: the same PopupState, so what the user did meanwhile stays done. */
export function mount(root: HTMLElement, snapshot: PopupData | undefined, state: PopupState): void {
  const now = new Date();
  // Whatever changed without the background noticing (an import, a restore), the next opening shows it.
  void tellBackground({ type: 'popup-opened' });
  const early = snapshot ? (
    <PopupView {...snapshot} now={now} state={state} onDone={(commitment, done) => complete(commitment, done)} />
  ) : undefined;
  void databaseReady.then((db) =>
    render(
      <LockGate pending={early}>
        <Popup db={db} now={now} initial={snapshot} state={state} />
      </LockGate>,
      root,
    ),
  );
}

/** Ticked in the snapshot before the live popup took over: done all the same. */
export async function complete(commitment: CommitmentRef, done: boolean): Promise<void> {
  await setDone(await databaseReady, commitment, done);
  await tellBackground({ type: 'commitments-changed' });
}
