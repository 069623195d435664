/**
 * The people page's first step (entrypoints/people/main.tsx): the list as the live page draws it,
 * from the background's snapshot, before the database code has loaded. What is typed in its
 * search meanwhile is kept in `search`, which the live page starts from (PeoplePage).
 */
import type { PersonGlance } from '@/utils/db/overview';
import { personIdFromHash } from '@/utils/protocol/person-link';
import { PeopleRows } from './PeopleRows';
import { i18n } from '#i18n';

/** The search as the user left it in the first step. */
export class SearchCarry {
  query = '';
  focused = false;
  typed(query: string): void {
    this.query = query;
  }
  focus(focused: boolean): void {
    this.focused = focused;
  }
}

export function PeopleFirstStep({ people, search }: { people: PersonGlance[]; search: SearchCarry }) {
  return (
    <div class="people-layout">
      <aside class="people-list" aria-label={i18n.t('people.heading')}>
        <h1>{i18n.t('people.heading')}</h1>
        <input
          autocomplete="off"
          type="search"
          aria-label={i18n.t('people.searchLabel')}
          placeholder={i18n.t('people.searchPlaceholder')}
          // Drawn again while the lock state loads: with what was typed, and the focus if it had it.
          ref={(box) => {
            if (box && search.focused && document.activeElement !== box) box.focus();
          }}
          value={search.query}
          onInput={(event) => search.typed(event.currentTarget.value)}
          onFocus={() => search.focus(true)}
          onBlur={() => search.focus(false)}
        />
        <PeopleRows people={people} selected={personIdFromHash(location.hash)} now={new Date()} />
      </aside>
      <section class="person-detail" aria-label={i18n.t('people.person')}>
        <p aria-busy="true">{i18n.t('people.opening')}</p>
      </section>
    </div>
  );
}
