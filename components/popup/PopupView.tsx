/**
 * The toolbar popup's content: every open commitment (the 30 most urgent
 * first), the next 1:1s, who has waited too long, the backup reminder. Pure:
 * data in, clicks out, so it can be drawn from the background's snapshot
 * before the database code has even loaded (entrypoints/popup/).
 */
import { useLayoutEffect } from 'preact/hooks';
import { differenceInMinutes, parseISO } from 'date-fns';
import { browser } from 'wxt/browser';
import { byUrgency } from '@/utils/rules/commitments';
import type { Commitment, Person } from '@/utils/db/records';
import { meetingTimeText } from '@/utils/rules/dates';
import { personUrl } from '@/utils/protocol/person-link';
import { panelTargetOf } from '@/utils/protocol/panel-link';
import type { PersonGlance } from '@/utils/db/overview';
import { backupReminder } from '@/utils/backup/reminder';
import { lazyComponent } from '../shared/lazy';
import { backupReminderText } from '../shared/backup-reminder-text';
import { closeIfPopup, openNotes } from '@/utils/extension/open-panel';
import type { PersonRef } from '@/utils/db/people';
import type { PopupData } from '@/utils/extension/popup-snapshot';
export type { PopupData };
import { CommitmentItem } from '../commitments/CommitmentItem';
import { StartOneOnOneForm } from '../shared/StartOneOnOneForm';
import { usePopupState, type PopupState } from './popup-state';
import { i18n } from '#i18n';

/**
 * The backup line loads after the first paint: it reads its state from storage before it shows
 * anything, and its module brings the settings' schemas and the ciphers, which the popup's
 * first step does without (docs/PERFORMANCE.md).
 */
const PopupBackup = lazyComponent(() => import('../shared/AutoBackup').then((module) => module.PopupBackup));

/** The most urgent first; the rest one click away (a popup shows a dozen at a time anyway). */
export const FIRST_SHOWN = 20;

/** A click in the popup is a user gesture: the side panel may open on it (on the call, the 1:1 at hand, or today). */
async function openBesideCall(): Promise<void> {
  await openNotes();
  await closeIfPopup();
}

/** What the popup shows, from whichever source has it first (the background's snapshot, or the database). */
export interface PopupViewProps extends PopupData {
  now: Date;
  /** What the user did here, which outlives this view (components/popup/popup-state.ts). */
  state: PopupState;
  /** Saves a tick; when it fails, the tick is taken back. */
  onDone(commitment: Commitment, done: boolean): Promise<unknown>;
  /** "Start a 1:1 with …" (only once the database is open: it makes the meeting). */
  onStart?: ((who: PersonRef) => Promise<void>) | undefined;
}

/** The popup's content. No database in here: it also draws the snapshot before the database code loads. */
export function PopupView({ commitments, glances, lastBackup, inCall, now, state, onDone, onStart }: PopupViewProps) {
  usePopupState(state);
  // A swap from the snapshot to live data mounts a new view: the focus goes back where it was.
  useLayoutEffect(() => state.restoreFocus(), [state]);
  const { filter, grouped, all } = state;
  const setFilter = (value: PopupState['filter']) => state.choose({ filter: value });
  const setGrouped = (value: boolean) => state.choose({ grouped: value });
  const setAll = (value: boolean) => state.choose({ all: value });
  const done = (commitment: Commitment, isDone: boolean) => {
    state.tick(commitment, isDone);
    void onDone(commitment, isDone).catch(() => state.forget(commitment.id));
  };

  const people = new Map(glances.map((glance) => [glance.person.id, glance.person]));
  const shown = state
    .withTicks(commitments)
    .filter((commitment) => filter === 'everyone' || commitment.owner === filter)
    .sort(byUrgency(now));
  const upcoming = glances
    .filter((glance) => glance.nextStart)
    .sort((a, b) => a.nextStart!.localeCompare(b.nextStart!))
    .slice(0, 5);
  const waiting = glances.filter((glance) => glance.staleness?.stale).sort((a, b) => b.staleness!.days - a.staleness!.days);
  // A tab of the extension's own, opened by the browser (a page opened by window.open from the
  // popup came up without the extension's APIs in Chromium).
  const openTab = (url: string) => void browser.tabs.create({ url }).catch(() => window.open(url, '_blank'));
  const open = (person: Person) => openTab(personUrl(person.id));
  /** A 1:1 the calendar showed opens its own notes (stored or not yet) beside the tab; else the person's history. */
  const openNext = (glance: PersonGlance) => {
    const event = glance.nextEvent;
    if (!event?.counterpart) return open(glance.person);
    void openNotes(panelTargetOf(event, event.counterpart)).then(closeIfPopup, () => undefined);
  };
  const startForm = onStart && (
    <details class="start-details">
      <summary>{i18n.t('popup.startSummary')}</summary>
      <StartOneOnOneForm
        people={glances.filter((glance) => !glance.calendarOnly).map((glance) => glance.person)}
        onStart={onStart}
        hint={i18n.t('start.hintBeside')}
      />
    </details>
  );

  const reminder = backupReminder(lastBackup, people.size > 0, now);
  const first = upcoming[0];
  const firstLine = first && (
    <section class="now-next" aria-label={i18n.t('popup.nowNext')}>
      <p>
        <button type="button" class="person-link" onClick={() => openNext(first)}>
          {first.person.name}
        </button>
        {[
          whenText(first.nextStart!, now),
          i18n.t('popup.openCommitments', commitments.filter((commitment) => commitment.personId === first.person.id).length),
          ...(first.nextTopics ? [i18n.t('popup.theirTopics', { count: first.nextTopics })] : []),
        ].map((part) => ` · ${part}`)}
      </p>
    </section>
  );

  if (people.size === 0 && upcoming.length === 0) {
    return (
      <div class="empty-state">
        <h1>{i18n.t('extension.name')}</h1>
        <p>{i18n.t('popup.empty1')}</p>
        <p>{i18n.t('popup.empty2')}</p>
        {startForm}
      </div>
    );
  }

  const item = (commitment: Commitment) => {
    const person = people.get(commitment.personId);
    return (
      <CommitmentItem
        key={commitment.id}
        commitment={commitment}
        personName={person?.name ?? i18n.t('common.someone')}
        now={now}
        showAge
        onDone={(isDone) => done(commitment, isDone)}
      >
        {person && !grouped && (
          <button type="button" class="person-link" onClick={() => open(person)}>
            {person.name}
          </button>
        )}
      </CommitmentItem>
    );
  };
  const groups = grouped
    ? [...people.values()]
        .map((person) => ({ person, list: shown.filter((commitment) => commitment.personId === person.id) }))
        .filter((group) => group.list.length > 0)
    : [];

  return (
    <>
      {inCall && (
        <button type="button" class="call-button" onClick={() => void openBesideCall().catch(() => undefined)}>
          {i18n.t('popup.besideCall')}
        </button>
      )}
      {firstLine}
      <header class="popup-header">
        <h1>{i18n.t('commitments.heading')}</h1>
        <div class="segmented" role="group" aria-label={i18n.t('popup.whose')}>
          {(['everyone', 'me', 'them'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
              {i18n.t(value === 'everyone' ? 'popup.everyone' : value === 'me' ? 'popup.mine' : 'popup.theirs')}
            </button>
          ))}
        </div>
        <label class="group-toggle">
          <input autocomplete="off" type="checkbox" checked={grouped} onChange={(event) => setGrouped(event.currentTarget.checked)} />{' '}
          {i18n.t('popup.byPerson')}
        </label>
      </header>
      {shown.length === 0 ? (
        <p class="empty">{i18n.t(filter === 'me' ? 'popup.nothingMine' : filter === 'them' ? 'popup.nothingTheirs' : 'popup.nothing')}</p>
      ) : grouped ? (
        groups.map((group) => (
          <section key={group.person.id} aria-label={group.person.name}>
            <h2>
              <button type="button" class="person-link" onClick={() => open(group.person)}>
                {group.person.name}
              </button>
            </h2>
            <ul class="commitment-list">{group.list.map(item)}</ul>
          </section>
        ))
      ) : (
        <>
          <ul class="commitment-list" aria-label={i18n.t('popup.openList')}>
            {(all ? shown : shown.slice(0, FIRST_SHOWN)).map(item)}
          </ul>
          {!all && shown.length > FIRST_SHOWN && (
            <button type="button" class="link-button" onClick={() => setAll(true)}>
              {i18n.t('popup.showAll', shown.length)}
            </button>
          )}
        </>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{i18n.t('popup.next')}</h2>
          <ul class="plain-list">
            {upcoming.map((glance) => (
              <li key={glance.person.id}>
                <button type="button" class="person-link" onClick={() => openNext(glance)}>
                  {glance.person.name}
                </button>{' '}
                <span class="muted">{meetingTimeText(glance.nextStart!)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{i18n.t('popup.waiting')}</h2>
          <ul class="plain-list">
            {waiting.map((glance) => (
              <li key={glance.person.id}>
                <button type="button" class="person-link" onClick={() => open(glance.person)}>
                  {glance.person.name}
                </button>{' '}
                <span class="muted">
                  {i18n.t('popup.waitingFor', {
                    days: i18n.t('focus.days', glance.staleness!.days),
                    threshold: glance.staleness!.threshold,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PopupBackup reminder={reminder && backupReminderText(reminder)} now={now} hasData={people.size > 0} />
      {startForm}
      <footer class="popup-footer">
        <a href={personUrl()} target="_blank" rel="noopener">
          {i18n.t('popup.allPeople')}
        </a>
        {!inCall && (
          <>
            {' · '}
            <button type="button" class="link-button" onClick={() => void openBesideCall().catch(() => undefined)}>
              {i18n.t('popup.besideTab')}
            </button>
          </>
        )}
      </footer>
    </>
  );
}

/** When a 1:1 is, from now: "now", "in 8 min", "in 3 hours", else its day and time. */
function whenText(start: string, now: Date): string {
  const minutes = differenceInMinutes(parseISO(start), now);
  if (minutes <= 0) return i18n.t('popup.happeningNow');
  if (minutes < 60) return i18n.t('popup.inMinutes', minutes);
  if (minutes < 12 * 60) return i18n.t('popup.inHours', Math.round(minutes / 60));
  return meetingTimeText(start);
}
