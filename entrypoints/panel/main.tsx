/**
 * The docked panel: an extension page inside an iframe on the calendar page.
 * It learns which 1:1 to show from its URL hash (parsed with zod, untrusted)
 * and reads and writes notes in the extension's own database.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PersonView } from '@/components/person/PersonView';
import { database, openingDatabase } from '@/utils/db/database';
import { parsePanelHash } from '@/utils/protocol/schemas';
import { setOverride } from '@/utils/extension/settings';
import { localDrafts } from '@/utils/extension/drafts';
import { LockGate } from '@/components/shared/LockGate';
import '@/components/shared/person-view.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';
import { confirmedByUser } from '@/components/person/confirm-in-frame';

/** One journal for the page: a new one each render would make the editors start over (and drop what is being typed). */
const DRAFTS = localDrafts();

// The calendar page may load this panel before any 1:1 opens (utils/content/calendar-page/dock.ts
// warms it up at idle): open the database now, so the first 1:1 only waits for its own data.
const databaseReady = openingDatabase();

function PanelApp() {
  const lastHash = useRef(location.hash);
  const [parsed, setParsed] = useState(() => parsePanelHash(lastHash.current));
  useEffect(() => {
    const onHash = () => setParsed(parsePanelHash(location.hash));
    window.addEventListener('hashchange', onHash);
    // The hash may have changed between the first render and now (the panel was warmed up before any 1:1).
    if (location.hash !== lastHash.current) onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // The calendar page's own light or dark theme, when it told us; else the system's (components/shared/person-view.css).
  const theme = parsed.ok ? parsed.target.theme : undefined;
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);

  // Warmed up, waiting for the first 1:1: nothing to show yet (the dock is hidden).
  if (!parsed.ok && !location.hash.replace(/^#/, '')) return null;
  if (!parsed.ok) {
    return (
      <p class="problem" role="alert">
        {parsed.error}
      </p>
    );
  }
  const { target } = parsed;
  return (
    <PersonView
      key={target.key}
      db={database()}
      target={target}
      drafts={DRAFTS}
      onNotOneOnOne={() => {
        if (confirmedByUser(i18n.t('confirm.notOneOnOne', { title: target.title }))) void setOverride(target.seriesKey, false);
      }}
    />
  );
}

// Words and dates ready before the first render (utils/protocol/messages-ready.ts, utils/rules/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(() => {
  document.title = i18n.t('pages.notes');
  render(
    <LockGate>
      <PanelApp />
    </LockGate>,
    document.getElementById('app')!,
  );
});
