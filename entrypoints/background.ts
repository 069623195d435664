/**
 * The background service worker: keeps the toolbar badge current (an alarm,
 * every change anywhere, and a recount at midnight) and answers messages.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { database } from '@/utils/db/database';
import { overdueMineCount } from '@/utils/db/commitments';
import { BADGE_ALARM, MIDNIGHT_ALARM, refreshBadge, scheduleBadgeAlarms } from '@/utils/badge';
import { parseMessage } from '@/utils/messaging';
import { loadLockState, watchLockState } from '@/utils/crypto/lock';
import { keepSealedValuesWhenLocked } from '@/utils/crypto/middleware';

export default defineBackground(() => {
  const db = database();
  const refresh = () => refreshBadge(db).catch((error: unknown) => console.debug('[1:1 Companion] badge', error));

  // The badge reads only due dates and owners, which are never sealed; the key is loaded all the same.
  keepSealedValuesWhenLocked(true);
  void loadLockState();
  watchLockState(() => undefined);
  void scheduleBadgeAlarms().then(refresh);
  browser.runtime.onInstalled.addListener(() => void scheduleBadgeAlarms().then(refresh));
  browser.runtime.onStartup.addListener(() => void scheduleBadgeAlarms().then(refresh));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) void scheduleBadgeAlarms();
    if (alarm.name === BADGE_ALARM || alarm.name === MIDNIGHT_ALARM) void refresh();
  });
  browser.runtime.onMessage.addListener((raw) => {
    const message = parseMessage(raw);
    if (message?.type === 'commitments-changed') return refresh().then(() => ({ ok: true }));
    return undefined;
  });
  // While the worker is awake, every change in any tab shows at once.
  liveQuery(() => overdueMineCount(db)).subscribe({ next: () => void refresh(), error: () => undefined });
});
