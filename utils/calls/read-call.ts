/**
 * What a Meet or Teams page shows about the call: pure functions of the DOM,
 * tested on fixtures. Selectors from shared/CALENDAR-DOM.md; icon ligatures and
 * data attributes first, titles (which arrive late) as weak evidence.
 */
import type { CallState } from '../messaging';
import { callSiteOf, meetingCodeOf } from './meeting-code';

export const CALL_SELECTORS = {
  meet: {
    /** [A] The end-call icon is a ligature: language-free. */
    endCall: '.google-symbols',
    participant: '[data-participant-id], [data-requested-participant-id]',
    selfName: '[data-self-name]',
  },
  teams: {
    hangUp: '#hangup-button, button[data-tid="hangup-main-btn"]',
    participant: '[data-stream-type][data-tid]',
    /** [A] Someone sharing their screen shows a stream of this type. */
    screenShare: '[data-stream-type="ScreenSharing"]',
  },
} as const;

export function readCall(doc: Document, href: string): CallState | null {
  const url = new URL(href);
  const site = callSiteOf(url.host);
  if (!site) return null;
  const meetingCode = meetingCodeOf(href);
  const state: CallState = site === 'meet' ? readMeet(doc) : readTeams(doc);
  if (meetingCode) state.meetingCode = meetingCode;
  return state;
}

function readMeet(doc: Document): CallState {
  const inCall = [...doc.querySelectorAll(CALL_SELECTORS.meet.endCall)].some((icon) => icon.textContent?.trim() === 'call_end');
  const self = doc.querySelector(CALL_SELECTORS.meet.selfName)?.getAttribute('data-self-name') ?? undefined;
  // The user's own tile carries data-self-name: everyone else is the other side.
  const names = [...doc.querySelectorAll(CALL_SELECTORS.meet.participant)]
    .filter((tile) => !tile.hasAttribute('data-self-name') && !tile.querySelector(CALL_SELECTORS.meet.selfName))
    .map(firstLine)
    .filter((name): name is string => !!name && name !== self);
  const title = /^Meet\s*[-–—]\s*(.+)$/.exec(doc.title.trim())?.[1]?.trim();
  const state: CallState = { site: 'meet', participants: unique(names), inCall, presenting: false };
  if (title && !/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(title)) state.title = title;
  return state;
}

function readTeams(doc: Document): CallState {
  const names = [...doc.querySelectorAll(CALL_SELECTORS.teams.participant)]
    .map((tile) => tile.getAttribute('data-tid') ?? '')
    .filter(Boolean);
  const title = doc.title
    .replace(/\s*\|\s*Microsoft Teams\s*$/i, '')
    .replace(/^\(\d+\)\s*/, '')
    .trim();
  const state: CallState = {
    site: 'teams',
    participants: unique(names),
    inCall: doc.querySelector(CALL_SELECTORS.teams.hangUp) !== null,
    presenting: doc.querySelector(CALL_SELECTORS.teams.screenShare) !== null,
  };
  if (title && !/^(Microsoft )?Teams$/i.test(title)) state.title = title;
  return state;
}

function firstLine(element: Element): string | undefined {
  const label = element.getAttribute('aria-label');
  if (label) return label.split(',')[0]?.trim();
  return element.textContent?.trim().split('\n')[0]?.trim() || undefined;
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}
