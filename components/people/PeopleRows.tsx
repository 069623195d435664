/**
 * The people page's list: the team, then each stored person by name with their last and next
 * 1:1 and whether it has been too long. Drawn the same from the background's snapshot (the
 * page's first step, entrypoints/people/main.tsx) and from the database (PeoplePage).
 */
import type { Ref } from 'preact';
import type { PersonGlance } from '@/utils/db/overview';
import { daysAgoText, meetingDateText } from '@/utils/rules/dates';
import { personHash } from '@/utils/protocol/person-link';
import { i18n } from '#i18n';

/** The stored people of a glance at everyone (utils/db/overview.ts), by name: the calendar's unknown ones are not listed here. */
export function listedOf(glances: readonly PersonGlance[]): PersonGlance[] {
  return glances.filter((glance) => !glance.calendarOnly).sort((a, b) => a.person.nameKey.localeCompare(b.person.nameKey));
}

export const choosePerson = (id: string) => window.location.assign(personHash(id));

/** The list's heading and its search box, the same in both steps of the page. */
export function PeopleListHead({
  query,
  onQuery,
  boxRef,
  onFocusChange,
}: {
  query: string;
  onQuery: (query: string) => void;
  boxRef: Ref<HTMLInputElement>;
  onFocusChange?: (focused: boolean) => void;
}) {
  return (
    <>
      <h1>{i18n.t('people.heading')}</h1>
      <input
        autocomplete="off"
        type="search"
        ref={boxRef}
        aria-label={i18n.t('people.searchLabel')}
        placeholder={i18n.t('people.searchPlaceholder')}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onFocus={() => onFocusChange?.(true)}
        onBlur={(event) => {
          // A box taken out of the page while it had the focus (the page's steps swapping) did not
          // lose the user's focus: the box that replaces it takes it (Chrome blurs on removal).
          const box = event.currentTarget;
          queueMicrotask(() => box.isConnected && onFocusChange?.(false));
        }}
      />
    </>
  );
}

export function PeopleRows({ people, selected, now }: { people: readonly PersonGlance[]; selected: string | undefined; now: Date }) {
  const chosen = people.some((glance) => glance.person.id === selected);
  return (
    <>
      {people.length === 0 && <p class="empty">{i18n.t('people.none')}</p>}
      {people.length > 0 && (
        <button type="button" class="person-row team-row" aria-current={!chosen} onClick={() => window.location.assign('#')}>
          <strong>{i18n.t('rhythm.team')}</strong>
        </button>
      )}
      <ul class="plain-list">
        {people.map((glance) => (
          <li key={glance.person.id} class={glance.person.id === selected ? 'selected' : ''}>
            <button
              type="button"
              class="person-row"
              aria-current={glance.person.id === selected}
              onClick={() => choosePerson(glance.person.id)}
            >
              <strong>{glance.person.name}</strong>
              <span class="muted">
                {glance.lastStart ? i18n.t('people.last', { when: daysAgoText(new Date(glance.lastStart), now) }) : i18n.t('people.notMet')}
                {glance.nextStart ? ` · ${i18n.t('people.next', { day: meetingDateText(glance.nextStart) })}` : ''}
                {glance.staleness?.stale ? ` · ${i18n.t('people.overdue')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
