/** Every person, their history, and a search across all notes and commitments. */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { PeoplePage } from '@/components/people/PeoplePage';
import { LockGate } from '@/components/shared/LockGate';
import '@/components/shared/person-view.css';
import '@/components/people/people.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';

const databaseReady = openingDatabase();

// Words and dates ready before the first render (utils/protocol/messages-ready.ts, utils/rules/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(([, , db]) => {
  document.title = i18n.t('pages.people');
  render(
    <LockGate>
      <PeoplePage db={db} />
    </LockGate>,
    document.getElementById('app')!,
  );
});
