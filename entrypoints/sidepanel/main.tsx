/** The browser's side panel (Firefox: the sidebar) beside any tab: components/call/SidePanel.tsx. */
import { render } from 'preact';
import { database, openingDatabase } from '@/utils/db/database';
import { SidePanel } from '@/components/call/SidePanel';
import { LockGate } from '@/components/shared/LockGate';
import '@/components/shared/person-view.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';

const databaseReady = openingDatabase();
const tab = Number(new URLSearchParams(location.search).get('tab'));

// Words and dates ready before the first render (utils/protocol/messages-ready.ts, utils/rules/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(() => {
  document.title = i18n.t('pages.notes');
  render(
    <LockGate>
      <SidePanel db={database()} {...(Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {})} />
    </LockGate>,
    document.getElementById('app')!,
  );
});
