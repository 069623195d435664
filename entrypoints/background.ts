/**
 * The background service worker: keeps the toolbar badge current (an alarm,
 * every change anywhere, and a recount at midnight) and answers messages.
 */
import { formatISO } from 'date-fns';
import { notePageHealth } from '@/utils/extension/page-health-record';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { database, followStoreMoves, notesDatabase, openStore, adoptDatabase } from '@/utils/db/database';
import { overdueMineCount } from '@/utils/db/commitments';
import { BADGE_ALARM, MIDNIGHT_ALARM, refreshBadge, scheduleBadgeAlarms } from '@/utils/background/badge';
import { parseMessage } from '@/utils/protocol/message-schemas';
import { mayAccept, mayReportOn, rateLimiter, senderKind } from '@/utils/protocol/message-senders';
import { settingsHandlers } from '@/utils/background/settings-service';
import { dispatch, type Handlers } from '@/utils/background/handlers';
import { loadLockState, watchLockState } from '@/utils/crypto/lock';
import { keepSealedValuesWhenLocked } from '@/utils/crypto/middleware';
import { forgetEvent, pruneEvents, rememberEvent } from '@/utils/db/events';
import { followSeenEvent, personBrief, recordCancellation } from '@/utils/db/calendar-changes';
import { setLiveCall } from '@/utils/extension/live-calls';
import { openNotes, openNotesBeside, sidePanelPath } from '@/utils/extension/open-panel';
import { REMINDER_ALARM, reminderEventKey, runReminders } from '@/utils/background/reminders';
import { personReminders, reminderSetting } from '@/utils/extension/settings';
import { panelTargetOf } from '@/utils/protocol/panel-link';
import { openCommitments } from '@/utils/db/commitments';
import { glanceAtPeople } from '@/utils/db/overview';
import { encryptionState } from '@/utils/crypto/middleware';
import { readLastBackupAt } from '@/utils/extension/settings';
import { writePopupSnapshot } from '@/utils/extension/popup-snapshot';
import type { CompanionDatabase } from '@/utils/db/database';
import { offscreenBlobUrl } from '@/utils/background/offscreen-url';
import { AUTO_BACKUP_ALARM, AUTO_BACKUP_PERIOD_MINUTES, runAutoBackup, type BackupOutcome } from '@/utils/background/auto-backup';
import { autoBackupSetting } from '@/utils/extension/settings';
import { readAutoBackupState } from '@/utils/backup/auto-backup-state';

const BRIEFS_PER_MINUTE = 30;
/** Two full looks at a busy month per minute (utils/content/calendar-page/grid-report.ts caps a look at 60). */
const SEEN_PER_MINUTE = 240;

export default defineBackground(() => {
  // The notes database: database() is another one once a page moved the notes to a new store (utils/db/database.ts).
  const ready = notesDatabase();
  const withDb = <T>(work: (db: CompanionDatabase) => Promise<T>): Promise<T> => ready.then(() => work(database()));
  const refresh = () => withDb((db) => refreshBadge(db)).catch((error: unknown) => console.debug('[1:1 Companion] badge', error));

  // The badge reads only due dates and owners, which are never sealed; the key is loaded all the same.
  keepSealedValuesWhenLocked(true);
  void ready.then((opened) => loadLockState(opened));
  void scheduleBadgeAlarms().then(refresh);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void scheduleBadgeAlarms().then(refresh);
    // First run only (not on updates): what it does, where it is, and the user's own addresses.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void scheduleBadgeAlarms().then(refresh));

  // Reminders (utils/background/reminders.ts): one run at a time; again soon after the calendar showed more.
  let reminding: Promise<void> = Promise.resolve();
  const remind = () =>
    (reminding = reminding
      .then(() => withDb((db) => runReminders(db)))
      .catch((error: unknown) => console.debug('[1:1 Companion] reminders', error)));
  let remindTimer: ReturnType<typeof setTimeout> | undefined;
  const remindSoon = () => {
    clearTimeout(remindTimer);
    remindTimer = setTimeout(() => void remind(), 1_000);
  };
  void remind();
  reminderSetting.watch(remindSoon);
  personReminders.watch(remindSoon);
  // Automatic backups (utils/background/auto-backup.ts): one at a time; the alarm looks every hour
  // whether one is due, and so do starting, unlocking and changing the schedule.
  let backingUp: Promise<BackupOutcome | undefined> = Promise.resolve(undefined);
  const backUp = (byHand: boolean) =>
    (backingUp = backingUp
      .catch(() => undefined)
      .then(() =>
        withDb((db) =>
          runAutoBackup(db, {
            now: new Date(),
            byHand,
            downloads: browser.downloads,
            extensionId: browser.runtime.id,
            // Chrome's worker cannot make a blob URL; its offscreen document can (else a data URL).
            ...(browser.offscreen ? { makeUrl: offscreenBlobUrl } : {}),
          }),
        ),
      )
      .catch((error: unknown) => {
        console.debug('[1:1 Companion] backup', error);
        return undefined;
      }));
  void browser.alarms
    .get(AUTO_BACKUP_ALARM)
    .then((alarm) => {
      if (!alarm) return browser.alarms.create(AUTO_BACKUP_ALARM, { periodInMinutes: AUTO_BACKUP_PERIOD_MINUTES, delayInMinutes: 1 });
    })
    .catch(() => undefined);
  autoBackupSetting.watch(() => void backUp(false));
  // One look at the lock state per change (each look reads the store). Locked: the popup's snapshot
  // goes (it holds commitments' text); unlocked: it is made again, and a backup that waited for the
  // unlock runs soon after (an unlock may be a store moving to a new key).
  let unlockTimer: ReturnType<typeof setTimeout> | undefined;
  watchLockState((state) => {
    void withDb(refreshPopupSnapshot);
    if (state !== 'unlocked') return;
    clearTimeout(unlockTimer);
    unlockTimer = setTimeout(
      () =>
        void readAutoBackupState().then((stored) => {
          if (stored.waiting === 'unlock') void backUp(false);
        }),
      2_000,
    );
  });

  browser.notifications.onClicked.addListener((id) => {
    const key = reminderEventKey(id);
    if (key === undefined) return;
    void browser.notifications.clear(id);
    // That 1:1's notes beside the tab in front where the browser lets a notification open the side panel; else in a tab.
    void withDb((db) => db.events.get(key)).then(
      (event) => event && openNotes(panelTargetOf(event, event.counterpart ?? { name: event.title }), { lastFocusedWindow: true }),
    );
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) void scheduleBadgeAlarms();
    if (alarm.name === REMINDER_ALARM) void remind();
    if (alarm.name === AUTO_BACKUP_ALARM) void backUp(false);
    if (alarm.name === BADGE_ALARM || alarm.name === MIDNIGHT_ALARM) {
      void refresh();
      void remind();
      void withDb((db) => pruneEvents(db)).catch(() => undefined);
    }
  });
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  // The delete warning asks once per 1:1 opened and once per warning: a page making it ask more is probing.
  const briefAllowed = rateLimiter(BRIEFS_PER_MINUTE, 60_000);
  const seenAllowed = rateLimiter(SEEN_PER_MINUTE, 60_000);
  const ok = { ok: true } as const;
  const handlers: Handlers = {
    'commitments-changed': () => refresh().then(() => ok),
    // A calendar page reports the 1:1s of its grid (utils/content/calendar-page/grid-report.ts): a page reporting more is probing.
    'event-seen': ({ event }, { tabId }) =>
      seenAllowed(String(tabId))
        ? withDb((db) => Promise.all([rememberEvent(db, event), followSeenEvent(db, event)])).then(() => (remindSoon(), ok))
        : undefined,
    // A 1:1 this page reported is no longer in its grid, though its day still shows.
    'event-gone': ({ key, start }, { tabId }) =>
      seenAllowed(String(tabId)) ? withDb((db) => forgetEvent(db, key, start)).then(() => (remindSoon(), ok)) : undefined,
    'meeting-cancelled': (message) =>
      withDb((db) =>
        recordCancellation(db, message.occurrence, {
          ...(message.reason ? { reason: message.reason } : {}),
          endedSeries: message.endedSeries,
        }),
      ).then(() => (remindSoon(), ok)),
    'popup-opened': () => withDb(refreshPopupSnapshot).then(() => ok),
    // "Back up now" in the popup or the options page.
    'backup-now': () => backUp(true).then((outcome) => outcome ?? { kind: 'failed', reason: 'read' }),
    ...settingsHandlers,
    'page-health': (message) =>
      notePageHealth(message.site, message.problems, message.outline ?? '', {
        version: browser.runtime.getManifest().version,
        date: formatISO(new Date(), { representation: 'date' }),
      }).then(() => ok),
    'person-brief': (message, { tabId }) =>
      briefAllowed(String(tabId)) ? withDb((db) => personBrief(db, message.counterpart, new Date(), message.exceptKey)) : undefined,
    'call-state': ({ call }, { tabId }) => {
      if (tabId === undefined) return undefined;
      // The side panel of this tab opens on this call (unless the user already opened it here, maybe on someone).
      void panelFor(tabId);
      return setLiveCall(tabId, call).then(() => ok);
    },
    'call-ended': (_message, { tabId }) => (tabId === undefined ? undefined : setLiveCall(tabId, null).then(() => ok)),
    // Sent from a click on the call page: the user's gesture carries over.
    'open-side-panel': (_message, { tabId }) => (tabId === undefined ? undefined : openSidePanel(tabId)),
  };
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    // Each message only from the senders that need it (utils/protocol/message-senders.ts); anything else is ignored.
    const kind = senderKind(sender, browser.runtime.id, extensionOrigin);
    if (!message || !mayAccept(message.type, kind) || (message.type === 'page-health' && !mayReportOn(message.site, kind)))
      return undefined;
    return dispatch(handlers, message, { tabId: sender.tab?.id });
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-call-notes' && tab?.id !== undefined) void openSidePanel(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void setLiveCall(tabId, null));
  // While the worker is awake, every change in any tab shows at once; the popup's snapshot follows
  // the database too, once the lock state is known (never sealed text).
  let stopWatching: () => void = () => undefined;
  const watchDatabase = (opened: CompanionDatabase) => {
    const badge = liveQuery(() => overdueMineCount(opened)).subscribe({ next: () => void refresh(), error: () => undefined });
    let snapshot: { unsubscribe(): void } | undefined;
    void loadLockState(opened).then(() => (snapshot = keepPopupSnapshot(opened)));
    stopWatching = () => {
      badge.unsubscribe();
      snapshot?.unsubscribe();
    };
  };
  void ready.then(watchDatabase);
  // A page moved the notes to a new store: follow it.
  followStoreMoves((pointer) => {
    stopWatching();
    database().close();
    void openStore(pointer.name).then((opened) => {
      adoptDatabase(opened);
      watchDatabase(opened);
      void refresh();
    });
  });
});

async function openSidePanel(tabId: number): Promise<{ ok: boolean }> {
  try {
    await openNotesBeside(tabId);
    return { ok: true };
  } catch (error) {
    console.debug('[1:1 Companion] side panel', error);
    return { ok: false };
  }
}

/** The side panel of a tab with a call: its own page, which finds the call (kept when the user opened one already). */
async function panelFor(tabId: number): Promise<void> {
  if (!browser.sidePanel) return;
  try {
    const { path } = await browser.sidePanel.getOptions({ tabId });
    const own = sidePanelPath(tabId);
    if (path === own || path?.startsWith(`${own}#`)) return;
    await browser.sidePanel.setOptions({ tabId, path: own, enabled: true });
  } catch {
    // The tab closed meanwhile.
  }
}

/** What the popup shows, read from the database (its texts read sealed while the notes are locked). */
async function popupData(db: CompanionDatabase) {
  const now = new Date();
  const [commitments, glances] = await Promise.all([openCommitments(db), glanceAtPeople(db, now)]);
  return { commitments, glances, builtAt: now.toISOString() };
}

const locked = () => encryptionState().enabled && !encryptionState().key;

/** Writes the popup's snapshot (utils/extension/popup-snapshot.ts), or removes it while the notes are locked: never ciphertext. */
async function savePopupSnapshot(data: Awaited<ReturnType<typeof popupData>> | undefined): Promise<void> {
  try {
    if (!data || locked()) return await writePopupSnapshot(null);
    await writePopupSnapshot({ ...data, lastBackup: await readLastBackupAt() });
  } catch (error) {
    console.debug('[1:1 Companion] popup snapshot', error);
  }
}

/** The snapshot made afresh (the lock changed, the popup opened). */
async function refreshPopupSnapshot(db: CompanionDatabase): Promise<void> {
  await savePopupSnapshot(locked() ? undefined : await popupData(db).catch(() => undefined));
}

/** Keeps the popup's snapshot in step with the database while the worker is awake: one read per change. */
function keepPopupSnapshot(db: CompanionDatabase): { unsubscribe(): void } {
  return liveQuery(() => popupData(db)).subscribe({
    next: (data) => void savePopupSnapshot(data),
    error: () => void savePopupSnapshot(undefined),
  });
}
