/**
 * The people page's first step (entrypoints/people/main.tsx): the list as the live page draws it,
 * from the background's snapshot, before the database code has loaded. What is typed in its
 * search meanwhile is kept in `search`, which the live page starts from (PeoplePage).
 */
import type { PersonGlance } from '@/utils/db/overview';
import { personIdFromHash } from '@/utils/protocol/person-link';
import { PeopleListHead, PeopleRows } from './PeopleRows';
import { i18n } from '#i18n';

/** The search as the user left it in the first step. */
export class SearchCarry {
  query = '';
  focused = false;
  private readonly listeners = new Set<(query: string) => void>();
  typed(query: string): void {
    this.query = query;
    for (const listener of this.listeners) listener(query);
  }
  /** What is typed after the live page took over (into the first step's box, as it was being replaced) reaches it too. */
  subscribe(listener: (query: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  focus(focused: boolean): void {
    this.focused = focused;
  }
}

export function PeopleFirstStep({ people, search }: { people: PersonGlance[]; search: SearchCarry }) {
  return (
    <div class="people-layout">
      <aside class="people-list" aria-label={i18n.t('people.heading')}>
        <PeopleListHead
          query={search.query}
          onQuery={(query) => search.typed(query)}
          onFocusChange={(focused) => search.focus(focused)}
          // Drawn again while the lock state loads: with what was typed, and the focus if it had it.
          boxRef={(box) => {
            if (box && search.focused && document.activeElement !== box) box.focus();
          }}
        />
        <PeopleRows people={people} selected={personIdFromHash(location.hash)} now={new Date()} />
      </aside>
      <section class="person-detail" aria-label={i18n.t('people.person')}>
        <p aria-busy="true">{i18n.t('people.opening')}</p>
      </section>
    </div>
  );
}
