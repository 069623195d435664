import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { glanceAtPeople, summarise, type PersonGlance } from '@/utils/db/overview';
import { buildSearchIndex, type SearchIndex } from '@/utils/rules/search';
import { meetingDateText } from '@/utils/rules/dates';
import { useLiveQuery } from '../shared/use-live-query';
import { allCommitments } from '@/utils/db/commitments';
import { PersonHistory } from './PersonHistory';
import { TeamChart } from './TeamChart';
import { choosePerson, listedOf, PeopleListHead, PeopleRows } from './PeopleRows';
import type { SearchCarry } from './PeopleFirstStep';
import { teamRhythm, type TeamRow } from '@/utils/rules/rhythm';
import { personIdFromHash } from '@/utils/protocol/person-link';
import { i18n } from '#i18n';

const selectedFromHash = () => personIdFromHash(location.hash);

/** The stored people as the list shows them, by name: from their newest few 1:1s, the way the popup reads them (utils/db/overview.ts). */
async function listedPeople(db: CompanionDatabase, now: Date): Promise<PersonGlance[]> {
  return listedOf(await glanceAtPeople(db, now));
}

interface Props {
  db: CompanionDatabase;
  now?: Date;
  /** The list as the background's snapshot had it, shown until the page's own read is in (entrypoints/people/main.tsx). */
  initial?: PersonGlance[] | undefined;
  /** The search as the user left it before this page took over (read when it first draws). */
  search?: Pick<SearchCarry, 'query' | 'focused' | 'subscribe'>;
}

export function PeoplePage({ db, now = new Date(), initial, search }: Props) {
  const nowRef = useRef(now);
  nowRef.current = now;
  // The list first, from a light read (each person's newest few 1:1s); every meeting and
  // commitment (for the numbers, the history, the team chart and the search) once it has drawn
  // (issue 25: 7,890 meetings with their notes took ~250 ms to read before anything showed).
  const listed = useLiveQuery(() => listedPeople(db, nowRef.current), [db]);
  const [listDrawn, setListDrawn] = useState(false);
  useEffect(() => {
    if (!listed.value || listDrawn) return;
    const timer = setTimeout(() => setListDrawn(true));
    return () => clearTimeout(timer);
  }, [listed.value, listDrawn]);
  const meetings = useLiveQuery(() => (listDrawn ? db.meetings.toArray() : Promise.resolve(undefined)), [db, listDrawn]);
  const commitments = useLiveQuery(() => (listDrawn ? allCommitments(db) : Promise.resolve(undefined)), [db, listDrawn]);
  const [selected, setSelected] = useState(selectedFromHash);
  const [firstQuery] = useState(() => search?.query ?? '');
  const [query, setQuery] = useState(firstQuery);
  // Typed into the first step's box after this page first drew (as that box was being replaced): taken too,
  // but only if it changed since this page read it: what was typed in this page's own box meanwhile stays.
  useEffect(() => {
    if (!search) return;
    if (search.query !== firstQuery) setQuery(search.query);
    return search.subscribe(setQuery);
  }, [search, firstQuery]);
  // The search keeps the focus it had in the page's first step (entrypoints/people/main.tsx).
  const searchBox = useRef<HTMLInputElement>(null);
  const [focusSearch] = useState(() => search?.focused ?? false);
  const searchShown = !!(listed.value ?? initial);
  // As the box goes in, not a frame later: keys pressed meanwhile would go to the page's body.
  useLayoutEffect(() => {
    if (focusSearch && searchShown) searchBox.current?.focus();
  }, [focusSearch, searchShown]);
  useEffect(() => {
    const onHash = () => setSelected(selectedFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // The search index in a task of its own, after the list has drawn (issue 25: the list first).
  const [index, setIndex] = useState<SearchIndex>();
  useEffect(() => {
    if (!meetings.value || !commitments.value) return;
    const [allMeetings, everyCommitment] = [meetings.value, commitments.value];
    const timer = setTimeout(() => setIndex(buildSearchIndex(allMeetings, everyCommitment)));
    return () => clearTimeout(timer);
  }, [meetings.value, commitments.value]);
  // One pass over every meeting, once per change of the data (not on each keystroke of a search).
  const allMeetings = meetings.value;
  const byPerson = useMemo(() => {
    const groups = new Map<string, NonNullable<typeof allMeetings>>();
    for (const meeting of allMeetings ?? []) {
      const group = groups.get(meeting.personId);
      if (group) group.push(meeting);
      else groups.set(meeting.personId, [meeting]);
    }
    return groups;
  }, [allMeetings]);

  // The numbers change with the data, not with each keystroke of a search: worked out once per change.
  const allPeople = useMemo(() => listed.value?.map((glance) => glance.person), [listed.value]);
  const summaries = useMemo(
    () => (allMeetings ? (allPeople ?? []).map((person) => summarise(person, byPerson.get(person.id) ?? [], nowRef.current)) : []),
    [allPeople, allMeetings, byPerson],
  );
  // The team chart in a task of its own, after the list has drawn (bench/rhythm.bench.ts).
  const everyCommitment = commitments.value;
  const [team, setTeam] = useState<TeamRow[]>([]);
  useEffect(() => {
    if (!everyCommitment) return;
    const timer = setTimeout(() => setTeam(teamRhythm(summaries, byPerson, everyCommitment, nowRef.current)));
    return () => clearTimeout(timer);
  }, [summaries, byPerson, everyCommitment]);
  const names = useMemo(() => new Map((allPeople ?? []).map((person) => [person.id, person.name])), [allPeople]);

  const error = listed.error ?? meetings.error ?? commitments.error;
  if (error) return <p role="alert">{i18n.t('people.failed', { reason: error.message })}</p>;
  const people = listed.value ?? initial;
  if (!people) return <p aria-busy="true">{i18n.t('people.opening')}</p>;

  const hits = index?.search(query) ?? [];
  const chosen = people.find((glance) => glance.person.id === selected);
  const current = summaries.find((summary) => summary.person.id === selected);
  const choose = choosePerson;

  return (
    <div class="people-layout">
      <aside class="people-list" aria-label={i18n.t('people.heading')}>
        <PeopleListHead query={query} onQuery={setQuery} boxRef={searchBox} />
        {query.trim().length >= 2 && (
          <ol class="search-results" aria-label={i18n.t('people.results')}>
            {!index && (
              <li class="muted" aria-busy="true">
                {i18n.t('people.indexing')}
              </li>
            )}
            {index && hits.length === 0 && <li class="muted">{i18n.t('people.nothingFound')}</li>}
            {hits.map((hit, position) => (
              <li key={position}>
                <button type="button" class="person-link" onClick={() => choose(hit.personId)}>
                  {names.get(hit.personId)} · {meetingDateText(hit.start)} ·{' '}
                  {i18n.t(
                    hit.kind === 'commitment' ? 'people.hitCommitment' : hit.kind === 'shared' ? 'people.hitShared' : 'people.hitNotes',
                  )}
                </button>
                <p class="snippet">
                  {hit.snippet.slice(0, hit.match[0])}
                  <mark>{hit.snippet.slice(hit.match[0], hit.match[1])}</mark>
                  {hit.snippet.slice(hit.match[1])}
                </p>
              </li>
            ))}
          </ol>
        )}
        <PeopleRows people={people} selected={selected} now={now} />
      </aside>
      <section class="person-detail" aria-label={i18n.t('people.person')}>
        {chosen && (!current || !commitments.value) ? (
          <p aria-busy="true">{i18n.t('people.opening')}</p>
        ) : current ? (
          <PersonHistory
            db={db}
            summary={current}
            meetings={byPerson.get(current.person.id) ?? []}
            commitments={(commitments.value ?? []).filter((commitment) => commitment.personId === current.person.id)}
            now={now}
          />
        ) : people.length === 0 ? (
          <p class="empty">{i18n.t('people.pick')}</p>
        ) : (
          <TeamChart rows={team} onPick={choose} />
        )}
      </section>
    </div>
  );
}
