/**
 * Every person, their history, and a search across all notes and commitments.
 *
 * Two steps, as the popup: this small script draws the list from the background's snapshot
 * (utils/extension/popup-snapshot.ts: every person's last and next 1:1, kept while the notes are
 * readable) before Dexie, zod and the ciphers have loaded; then app.tsx takes over with live
 * data (docs/PERFORMANCE.md). No snapshot (the notes are locked, or the background has not
 * built one yet): the live page alone.
 */
import { render } from 'preact';
import { readPopupSnapshot } from '@/utils/extension/popup-snapshot';
import { listedOf } from '@/components/people/PeopleRows';
import { PeopleFirstStep, SearchCarry } from '@/components/people/PeopleFirstStep';
// The page's sheet brings the shared one first (people.css).
import '@/components/people/people.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';

const root = document.getElementById('app')!;
const live = () => import('./app');

/** What the user does in the search before the live page takes over: it carries on there (nothing typed is lost in the swap). */
const search = new SearchCarry();

void Promise.all([readPopupSnapshot(), loadDateLocale(), messagesReady()]).then(([snapshot]) => {
  document.title = i18n.t('pages.people');
  const people = snapshot && listedOf(snapshot.glances);
  if (people) render(<PeopleFirstStep people={people} search={search} />, root);
  // Compiling the database code must not hold the first paint back.
  requestAnimationFrame(() => setTimeout(() => void live().then((app) => app.mount(root, people, search))));
});
