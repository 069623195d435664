/** The toolbar popup: every open commitment, the next 1:1s, and who has waited too long. */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { Popup } from '@/components/Popup';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';
import '@/components/popup.css';

const db = openingDatabase();

render(
  <LockGate>
    <Popup db={db} />
  </LockGate>,
  document.getElementById('app')!,
);
