/** The people page with its database: the lock first, then live data (loaded after the snapshot's list is drawn). */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { PeoplePage } from '@/components/people/PeoplePage';
import { LockGate } from '@/components/shared/LockGate';
import type { PersonGlance } from '@/utils/db/overview';
import { PeopleFirstStep, type SearchCarry } from '@/components/people/PeopleFirstStep';

const databaseReady = openingDatabase();

/**
 * Takes over from the snapshot's list (`initial`, drawn again by the first step while the lock
 * state loads), with the search as the user left it there (`search`).
 */
export function mount(root: HTMLElement, initial: PersonGlance[] | undefined, search: SearchCarry): void {
  void databaseReady.then((db) =>
    render(
      <LockGate pending={initial && <PeopleFirstStep people={initial} search={search} />}>
        <PeoplePage db={db} initial={initial} search={search} />
      </LockGate>,
      root,
    ),
  );
}
