/**
 * What the popup shows, kept ready by the background in storage.session, so
 * the popup draws it at once, before its database code has loaded (Dexie, the
 * ciphers: most of its first 60 ms). The popup then reads the database and
 * takes over: a stale snapshot is on screen for a moment at most.
 *
 * storage.session is held in memory by the browser and readable only by the
 * extension's own pages; when the notes are encrypted, the snapshot is kept
 * only while they are unlocked (the key lives there too), and removed on lock.
 */
import { browser } from 'wxt/browser';
import { nameOf, STORAGE_KEYS } from '@/utils/protocol/storage-keys';
import type { Commitment } from '@/utils/db/records';
import type { PersonGlance } from '@/utils/db/overview';

/** What the popup draws: from this snapshot at first, then from the database. */
export interface PopupData {
  commitments: Commitment[];
  glances: PersonGlance[];
  lastBackup: string | null;
  /** Whether a call is live in some tab (its side panel can open). */
  inCall: boolean;
}

const SNAPSHOT_NAME = nameOf(STORAGE_KEYS.popupSnapshot);
/** WXT's `session:liveCalls` item (utils/extension/live-calls.ts). */
const LIVE_CALLS_NAME = nameOf(STORAGE_KEYS.liveCalls);

export interface PopupSnapshot extends Omit<PopupData, 'inCall'> {
  builtAt: string;
}

/** The snapshot and whether a call is live; undefined when there is none or it does not look like one. */
export async function readPopupSnapshot(): Promise<PopupData | undefined> {
  try {
    const stored = await browser.storage.session.get([SNAPSHOT_NAME, LIVE_CALLS_NAME]);
    const snapshot = stored[SNAPSHOT_NAME] as Partial<PopupSnapshot> | undefined;
    if (!snapshot || !Array.isArray(snapshot.commitments) || !Array.isArray(snapshot.glances)) return undefined;
    const calls = stored[LIVE_CALLS_NAME];
    return {
      commitments: snapshot.commitments,
      glances: snapshot.glances,
      lastBackup: typeof snapshot.lastBackup === 'string' ? snapshot.lastBackup : null,
      inCall: !!calls && typeof calls === 'object' && Object.keys(calls).length > 0,
    };
  } catch {
    return undefined;
  }
}

export async function writePopupSnapshot(snapshot: PopupSnapshot | null): Promise<void> {
  if (snapshot) await browser.storage.session.set({ [SNAPSHOT_NAME]: snapshot });
  else await browser.storage.session.remove(SNAPSHOT_NAME);
}
