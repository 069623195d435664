/**
 * The docked panel: an extension page inside an iframe on the calendar page.
 * It learns which 1:1 to show from its URL hash (parsed with zod, untrusted)
 * and reads and writes notes in the extension's own database.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PersonView } from '@/components/PersonView';
import { database } from '@/utils/db/database';
import { parsePanelHash } from '@/utils/schemas';
import { setOverride } from '@/utils/settings';
import { localDrafts } from '@/utils/drafts';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';

function PanelApp() {
  const [parsed, setParsed] = useState(() => parsePanelHash(location.hash));
  useEffect(() => {
    const onHash = () => setParsed(parsePanelHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

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
      drafts={localDrafts()}
      onNotOneOnOne={() => void setOverride(target.seriesKey, false)}
    />
  );
}

render(
  <LockGate>
    <PanelApp />
  </LockGate>,
  document.getElementById('app')!,
);
