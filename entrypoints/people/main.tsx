/** Every person, their history, and a search across all notes and commitments. */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { PeoplePage } from '@/components/PeoplePage';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';
import '@/components/people.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/dates';
import { messagesReady } from '@/utils/messages-ready';

const databaseReady = openingDatabase();

// Words and dates ready before the first render (utils/messages-ready.ts, utils/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(([, , db]) => {
  document.title = i18n.t('pages.people');
  render(
    <LockGate>
      <PeoplePage db={db} />
    </LockGate>,
    document.getElementById('app')!,
  );
});
