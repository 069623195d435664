/** Every person, their history, and a search across all notes and commitments. */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { PeoplePage } from '@/components/PeoplePage';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';
import '@/components/people.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/dates';

const db = openingDatabase();

document.title = i18n.t('pages.people');
// Dates in the user's own format from the first render (utils/dates.ts).
void loadDateLocale().then(() =>
  render(
    <LockGate>
      <PeoplePage db={db} />
    </LockGate>,
    document.getElementById('app')!,
  ),
);
