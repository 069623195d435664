/**
 * The toolbar popup: every open commitment, the next 1:1s, and who has waited too long.
 *
 * Two steps, so it shows at once: this small script draws the background's
 * snapshot (utils/extension/popup-snapshot.ts) with PopupView; after that first paint it
 * loads the rest (app.tsx: the lock, the database, Dexie and the ciphers),
 * which takes over with live data.
 */
import { render } from 'preact';
import { PopupView } from '@/components/popup/PopupView';
import { PopupState } from '@/components/popup/popup-state';
import { readPopupSnapshot } from '@/utils/extension/popup-snapshot';
import type { CommitmentRef } from '@/utils/db/commitments';
// The popup's sheet brings the shared one first (popup.css).
import '@/components/popup/popup.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';

const root = document.getElementById('app')!;
const live = () => import('./app');
/** What the user does here outlives the swap from the snapshot to live data (components/popup/popup-state.ts). */
const state = new PopupState(root);

// The snapshot, the user's date format and the words load side by side (utils/rules/dates.ts, utils/protocol/messages-ready.ts).
void Promise.all([readPopupSnapshot(), loadDateLocale(), messagesReady()]).then(([snapshot]) => {
  document.title = i18n.t('extension.name');
  if (!snapshot) return void live().then((app) => app.mount(root, undefined, state));
  const onDone = (commitment: CommitmentRef, done: boolean) => live().then((app) => app.complete(commitment, done));
  render(<PopupView {...snapshot} now={new Date()} state={state} onDone={onDone} />, root);
  // Compiling the database code must not hold the first paint back.
  requestAnimationFrame(() => setTimeout(() => void live().then((app) => app.mount(root, snapshot, state))));
});
