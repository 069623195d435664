/** The people page with its database: the lock first, then live data (loaded after the snapshot's list is drawn). */
import { render } from 'preact';
import { openingDatabase } from '@/utils/db/database';
import { PeoplePage } from '@/components/people/PeoplePage';
import { LockGate } from '@/components/shared/LockGate';
import type { PersonGlance } from '@/utils/db/overview';
import type { SearchCarry } from '@/components/people/PeopleFirstStep';
import type { ComponentChildren } from 'preact';

const databaseReady = openingDatabase();

/**
 * Takes over from the snapshot's list (`early`, drawn again while the lock state loads), with the
 * search as the user left it there: `search` is read when the live page first draws.
 */
export function mount(
  root: HTMLElement,
  initial: PersonGlance[] | undefined,
  early: (() => ComponentChildren) | undefined,
  search: SearchCarry,
): void {
  const Early = early;
  void databaseReady.then((db) =>
    render(
      <LockGate pending={Early && <Early />}>
        <PeoplePage db={db} initial={initial} search={search} />
      </LockGate>,
      root,
    ),
  );
}
