/**
 * The person view for the call in this tab: matched from the calendar, the
 * user's earlier pick, or the call itself; otherwise a list to pick from. With
 * a meeting clock, a privacy screen, and self-hiding while presenting.
 */
import { useState } from 'preact/hooks';
import { formatISO } from 'date-fns';
import type { CompanionDatabase } from '@/utils/db/database';
import { panelTargetOf, type PanelTarget } from '@/utils/protocol/panel-link';
import { callPicks, liveCalls, pickCall, type LiveCall } from '@/utils/extension/live-calls';
import { matchCall } from '@/utils/rules/call-match';
import { localDrafts } from '@/utils/extension/drafts';
import { useLiveQuery } from '../shared/use-live-query';
import { useStorageItem } from '../shared/use-storage-item';
import { PersonView } from '../person/PersonView';
import { PersonPicker } from './PersonPicker';
import { MeetingClock } from './MeetingClock';
import { i18n } from '#i18n';

/** One journal for the page: a new one each render would make the editors start over (and drop what is being typed). */
const DRAFTS = localDrafts();

const readCalls = () => liveCalls.getValue();
const readPicks = () => callPicks.getValue();

export function CallView({ db, tabId, now = new Date() }: { db: CompanionDatabase; tabId?: number; now?: Date }) {
  const calls = useStorageItem(liveCalls, readCalls);
  const picks = useStorageItem(callPicks, readPicks);
  const events = useLiveQuery(() => db.events.toArray(), [db]);
  const people = useLiveQuery(() => db.people.orderBy('nameKey').toArray(), [db]);
  const [privacy, setPrivacy] = useState(false);
  const [showWhilePresenting, setShowWhilePresenting] = useState(false);
  const [choosing, setChoosing] = useState(false);

  const call = pickCall(calls, tabId);
  if (!call) return <p class="empty">{i18n.t('call.none')}</p>;
  if (!events.value || !people.value) return <p aria-busy="true">{i18n.t('call.finding')}</p>;

  const pick = async (personId: string) => {
    if (call.meetingCode) await callPicks.setValue({ ...(await callPicks.getValue()), [call.meetingCode]: personId });
    setChoosing(false);
  };
  const match = matchCall(call, events.value, now, call.meetingCode ? picks[call.meetingCode] : undefined);
  const target = choosing ? undefined : targetOf(call, match, people.value, now);
  const scheduled = match.kind === 'video-link' || match.kind === 'time-title' ? match.event : undefined;
  const start = scheduled?.start;
  const end = scheduled?.end;
  const hidden = privacy || (call.presenting && !showWhilePresenting);

  return (
    <div class="call-view">
      <div class="call-bar">
        <span class="call-title">{call.title ?? i18n.t(call.site === 'meet' ? 'call.meet' : 'call.teams')}</span>
        {end && <MeetingClock end={end} {...(start ? { start } : {})} />}
        <button
          type="button"
          class="link-button"
          aria-pressed={hidden}
          onClick={() => (hidden ? (setPrivacy(false), setShowWhilePresenting(true)) : setPrivacy(true))}
        >
          {i18n.t(hidden ? 'call.showNotes' : 'call.hideNotes')}
        </button>
      </div>
      {hidden ? (
        <p class="privacy-screen" role="status">
          {i18n.t(call.presenting && !privacy ? 'call.hiddenPresenting' : 'call.hidden')}
        </p>
      ) : target ? (
        <>
          <PersonView key={target.key} db={db} target={target} drafts={DRAFTS} />
          <button type="button" class="link-button" onClick={() => setChoosing(true)}>
            {i18n.t('call.notRightPerson')}
          </button>
        </>
      ) : (
        <PersonPicker people={people.value} onPick={(id) => void pick(id)} />
      )}
    </div>
  );
}

type Match = ReturnType<typeof matchCall>;

function targetOf(
  call: LiveCall,
  match: Match,
  people: { id: string; name: string; emails: string[] }[],
  now: Date,
): PanelTarget | undefined {
  if (match.kind === 'video-link' || match.kind === 'time-title') {
    const { event } = match;
    return panelTargetOf(event, event.counterpart?.name || event.counterpart?.email ? event.counterpart : { name: event.title });
  }
  const counterpart =
    match.kind === 'remembered'
      ? (() => {
          const person = people.find((candidate) => candidate.id === match.personId);
          return person ? { name: person.name, ...(person.emails[0] ? { email: person.emails[0] } : {}) } : undefined;
        })()
      : match.kind === 'call-recognition'
        ? match.counterpart
        : undefined;
  if (!counterpart) return undefined;
  // A call with no calendar event: one meeting per call and day.
  const series = `call:${call.site}:${call.meetingCode ?? 'unknown'}`;
  return {
    v: 1,
    key: `${series}:${formatISO(now, { representation: 'date' })}`,
    seriesKey: series,
    title: call.title ?? i18n.t('call.untitled'),
    start: now.toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00.000Z'),
    allDay: false,
    recurring: false,
    counterpart,
  };
}
