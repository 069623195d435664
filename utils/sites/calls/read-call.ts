/**
 * What a Meet or Teams page shows about the call: pure functions of the DOM,
 * tested on fixtures. Selectors from shared/CALENDAR-DOM.md; icon ligatures and
 * data attributes first, titles (which arrive late) as weak evidence.
 */
import type { CallState } from '../../protocol/messaging';
import type { PageProblem } from '../calendars/types';
import { callSiteOf, meetingCodeOf } from './meeting-code';

export const CALL_SELECTORS = {
  meet: {
    /** [A] Icon ligatures: language-free. `call_end` is on the Leave call button, in a call only. */
    icon: '.google-symbols, .material-icons-extended, .material-symbols-outlined',
    /** [O] The Leave call button, when its icon is drawn some other way. */
    leave: '[jsname="CQylAd"]',
    /** [A] A video tile (a presentation is a second tile with the presenter's id). */
    participant: '[data-participant-id]',
    /** [A] The tile's name; [H] in 2026 captures. */
    name: 'span.notranslate',
    /** Before 2026: the self tile named itself. */
    selfName: '[data-self-name]',
  },
  teams: {
    hangUp: '#hangup-button, [data-tid="hangup-main-btn"]',
    /** [A] A video tile, named by its data-tid. */
    video: '[data-tid][data-stream-type="Video"]',
    /** [A] Roster rows: "Name, Role, Muted". */
    roster: '[data-tid^="participantsInCall-"]',
    /** [A] Someone's screen on the stage. */
    screenShare: '[data-stream-type="ScreenSharing"]',
  },
} as const;

/** Icon ligatures of the self-view controls on the user's own Meet tile ("Backgrounds and effects", "Reframe"). */
const SELF_VIEW_ICONS = new Set(['visual_effects', 'frame_person', 'auto_awesome']);
/** [L] The same controls by their names, where the icon is drawn otherwise. */
const SELF_VIEW_LABELS = /backgrounds and effects|reframe|hintergr(u|ü)nde und effekte|背景とエフェクト/i;
/** [L] A presentation tile's name: "<Name> (Presentation)". */
const PRESENTATION = /\s*\((presentation|präsentation|プレゼンテーション|présentation|presentación|apresentação)\)\s*$/i;
/** [L] The share button while the user shares their screen. */
const STOP_SHARING = /stop sharing|freigabe beenden|共有を停止|arrêter le partage|dejar de compartir|parar de compartilhar/i;

export function readCall(doc: Document, href: string): CallState | null {
  const url = new URL(href);
  const site = callSiteOf(url.host);
  if (!site) return null;
  const meetingCode = meetingCodeOf(href);
  const state: CallState = site === 'meet' ? readMeet(doc) : readTeams(doc);
  if (meetingCode) state.meetingCode = meetingCode;
  return state;
}

/**
 * What of a call page we could not read, once the user is in the call (page health):
 * nobody at all on the stage (Meet always shows at least the user's tile; Teams shows a
 * stream or, with the people pane open, roster rows), or no meeting code where the URL
 * always has one (a Meet call, a Teams guest's coords). Null when not in a call: a page
 * whose in-call signal changed cannot be told from a lobby, which is why the signals
 * are the well-attested ones.
 */
export function checkCallHealth(doc: Document, href: string): { problems: PageProblem[]; outlineRoot: Element } | null {
  const call = readCall(doc, href);
  if (!call?.inCall) return null;
  const problems: PageProblem[] = [];
  const url = new URL(href);
  const anyone =
    call.site === 'meet'
      ? doc.querySelector(CALL_SELECTORS.meet.participant) !== null
      : doc.querySelector(`[data-stream-type], ${CALL_SELECTORS.teams.roster}`) !== null;
  if (!anyone) problems.push('no-people');
  const codeExpected = call.site === 'meet' || /\/light-meetings\//.test(url.pathname);
  if (codeExpected && !call.meetingCode) problems.push('no-meeting-code');
  return { problems, outlineRoot: doc.querySelector('main, [role="main"]') ?? doc.body };
}

function readMeet(doc: Document): CallState {
  const S = CALL_SELECTORS.meet;
  const icons = [...doc.querySelectorAll(S.icon)].map((icon) => icon.textContent?.trim() ?? '');
  // In a call only by Leave call (its call_end icon): the lobby has mic and camera controls too.
  const inCall = icons.includes('call_end') || doc.querySelector(S.leave) !== null;
  const tiles = [...doc.querySelectorAll(S.participant)].map((tile) => ({
    id: tile.getAttribute('data-participant-id') ?? '',
    name: tileName(tile),
    self: isSelfTile(tile),
  }));
  const selfIds = new Set(tiles.filter((tile) => tile.self).map((tile) => tile.id));
  const selfNames = new Set(tiles.filter((tile) => tile.self).map((tile) => tile.name));
  const legacySelf = doc.querySelector(S.selfName)?.getAttribute('data-self-name');
  if (legacySelf) selfNames.add(legacySelf);
  let presenting = false;
  const names: string[] = [];
  for (const tile of tiles) {
    if (!tile.name) continue;
    // A presentation is a screen, not a person; the user presents when it is the user's own.
    if (PRESENTATION.test(tile.name)) {
      if (selfIds.has(tile.id) || selfNames.has(tile.name.replace(PRESENTATION, ''))) presenting = true;
      continue;
    }
    if (!tile.self && !selfIds.has(tile.id) && !selfNames.has(tile.name)) names.push(tile.name);
  }
  const title = /^Meet\s*[-–—:]\s*(.+)$/.exec(doc.title.trim())?.[1]?.trim();
  const state: CallState = { site: 'meet', participants: unique(names), inCall, presenting };
  if (title && !/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(title)) state.title = title;
  return state;
}

function tileName(tile: Element): string | undefined {
  const named = tile.querySelector(CALL_SELECTORS.meet.name)?.textContent?.trim();
  return named || firstLine(tile);
}

/** The user's own tile: it names itself (before 2026), or it holds the self-view controls. */
function isSelfTile(tile: Element): boolean {
  if (tile.matches(CALL_SELECTORS.meet.selfName) || tile.querySelector(CALL_SELECTORS.meet.selfName)) return true;
  if ([...tile.querySelectorAll(CALL_SELECTORS.meet.icon)].some((icon) => SELF_VIEW_ICONS.has(icon.textContent?.trim() ?? ''))) return true;
  return [...tile.querySelectorAll('button[aria-label]')].some((button) => SELF_VIEW_LABELS.test(button.getAttribute('aria-label') ?? ''));
}

function readTeams(doc: Document): CallState {
  const S = CALL_SELECTORS.teams;
  const tiles = [...doc.querySelectorAll(S.video)].map((tile) => tile.getAttribute('data-tid') ?? '');
  const roster = [...doc.querySelectorAll(S.roster)].map(
    (row) => firstLine(row) ?? row.getAttribute('data-tid')?.replace(/^participantsInCall-/, '') ?? '',
  );
  const title = doc.title
    .replace(/\s*\|\s*Microsoft Teams\s*$/i, '')
    .replace(/^\(\d+\)\s*/, '')
    .trim();
  // The pre-join screen renders for any meeting id, with the same mic and camera toggles: only hang-up proves a call.
  const inCall = doc.querySelector(S.hangUp) !== null;
  const sharing = [...doc.querySelectorAll('button[aria-label]')].some((button) =>
    STOP_SHARING.test(button.getAttribute('aria-label') ?? ''),
  );
  const state: CallState = {
    site: 'teams',
    // Video tiles are the others; the roster lists the user too, so it only stands in when there are no tiles.
    participants: inCall ? unique(tiles.length > 0 ? tiles : roster) : [],
    inCall,
    // The user shares ("Stop sharing"), or a screen is on the stage: either way the notes hide.
    presenting: inCall && (sharing || doc.querySelector(S.screenShare) !== null),
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
