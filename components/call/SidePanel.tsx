/**
 * The browser's side panel (Firefox: the sidebar), beside any tab. In order: the 1:1 the user
 * opened here (the popup, a reminder, today's list: in the URL's hash), the call in this tab,
 * the 1:1 the calendar shows happening now, else today's 1:1s and "Start a 1:1 with …".
 */
import { useEffect, useState } from 'preact/hooks';
import { endOfDay, parseISO, startOfDay } from 'date-fns';
import type { CompanionDatabase } from '@/utils/db/database';
import { calendarOneOnOnes, happeningNow } from '@/utils/db/events';
import { startOneOnOneWith } from '@/utils/db/meetings';
import type { SeenEventRecord } from '@/utils/db/records';
import { parsePanelHash } from '@/utils/protocol/schemas';
import { panelHash, panelTargetOf, startedTarget, type PanelTarget } from '@/utils/protocol/panel-link';
import { liveCalls, pickCall } from '@/utils/extension/live-calls';
import { localDrafts } from '@/utils/extension/drafts';
import { clockText } from '@/utils/rules/dates';
import { useLiveQuery } from '../shared/use-live-query';
import { useStorageItem } from '../shared/use-storage-item';
import { StartOneOnOneForm } from '../shared/StartOneOnOneForm';
import { PersonView } from '../person/PersonView';
import { CallView } from './CallView';
import { i18n } from '#i18n';

/** One journal for the page: a new one each render would make the editors start over (and drop what is being typed). */
const DRAFTS = localDrafts();
const readCalls = () => liveCalls.getValue();

/** The 1:1 named in the URL's hash, following changes (the popup opens the panel on someone; a reload keeps it). */
function useHashTarget(): [PanelTarget | undefined, (target: PanelTarget | undefined) => void] {
  const read = () => {
    const parsed = parsePanelHash(location.hash);
    return parsed.ok ? parsed.target : undefined;
  };
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const onHash = () => setTarget(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (next: PanelTarget | undefined) => {
    history.replaceState(null, '', `${location.pathname}${location.search}${next ? `#${panelHash(next)}` : ''}`);
    setTarget(next);
  };
  return [target, choose];
}

/** "Now", moving on every minute: the 1:1 at hand changes as the day goes. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const targetOfEvent = (event: SeenEventRecord) => panelTargetOf(event, event.counterpart ?? { name: event.title });

export function SidePanel({ db, tabId }: { db: CompanionDatabase; tabId?: number }) {
  const [chosen, choose] = useHashTarget();
  const calls = useStorageItem(liveCalls, readCalls);
  const now = useMinute();
  const day = startOfDay(now).getTime();
  const today = useLiveQuery(() => calendarOneOnOnes(db, new Date(day), endOfDay(new Date(day))), [db, day]);
  const people = useLiveQuery(() => db.people.orderBy('nameKey').toArray(), [db]);

  // The 1:1 at hand opens by itself, and stays while it is written in (even past its end) until
  // the user goes back to the day's list; it does not come back by itself after that.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const call = pickCall(calls, tabId);
  const current = !chosen && !call && today.value ? happeningNow(today.value, now) : undefined;
  const pin = current && !dismissed.has(current.key) ? current : undefined;
  useEffect(() => {
    if (pin) choose(targetOfEvent(pin));
    // Only when another 1:1 comes to hand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pin?.key]);

  if (chosen) {
    return (
      <>
        <p class="back-bar">
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setDismissed(new Set([...dismissed, chosen.key]));
              choose(undefined);
            }}
          >
            {i18n.t('side.back')}
          </button>
        </p>
        <PersonView key={chosen.key} db={db} target={chosen} drafts={DRAFTS} />
      </>
    );
  }
  if (call) return <CallView db={db} {...(tabId !== undefined ? { tabId } : {})} now={now} />;
  if (!today.value || !people.value || pin) return <p aria-busy="true">{i18n.t('call.finding')}</p>;
  const start = async (who: { name?: string; email?: string }) => {
    const { ref } = await startOneOnOneWith(db, who, now);
    choose(startedTarget(ref));
  };
  return (
    <div class="side-home">
      <section aria-labelledby="today-heading">
        <h1 id="today-heading">{i18n.t('side.today')}</h1>
        {today.value.length === 0 ? (
          <p class="muted">{i18n.t('side.noneToday')}</p>
        ) : (
          <ul class="plain-list today-list">
            {today.value.map((event) => (
              <li key={event.key}>
                <button type="button" class="person-row" onClick={() => choose(targetOfEvent(event))}>
                  <span class="when">{clockText(parseISO(event.start!))}</span>
                  <span>{event.counterpart?.name ?? event.counterpart?.email ?? event.title}</span>
                  {event.key === current?.key && <span class="muted">{i18n.t('popup.happeningNow')}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StartOneOnOneForm people={people.value} onStart={start} hint={i18n.t('start.hintHere')} />
    </div>
  );
}
