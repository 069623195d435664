/** The toolbar popup: every open commitment, the next 1:1s, and who has waited too long. */
import { render } from 'preact';
import { database } from '@/utils/db/database';
import { Popup } from '@/components/Popup';
import { LockGate } from '@/components/LockGate';
import '@/components/person-view.css';
import '@/components/popup.css';

render(
  <LockGate>
    <Popup db={database()} />
  </LockGate>,
  document.getElementById('app')!,
);
