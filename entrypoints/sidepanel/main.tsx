/** The browser's side panel (Firefox: the sidebar) beside a Meet or Teams call. */
import { render } from 'preact';
import { database } from '@/utils/db/database';
import { CallView } from '@/components/CallView';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/dates';

const tab = Number(new URLSearchParams(location.search).get('tab'));

document.title = i18n.t('pages.notes');
// Dates in the user's own format from the first render (utils/dates.ts).
void loadDateLocale().then(() =>
  render(
    <LockGate>
      <CallView db={database()} {...(Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {})} />
    </LockGate>,
    document.getElementById('app')!,
  ),
);
