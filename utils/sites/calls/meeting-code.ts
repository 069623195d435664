/**
 * The meeting code of a call, from the call page's URL or from a calendar
 * event's video link, so the two can be matched. Forms from
 * shared/CALENDAR-DOM.md:
 * - Meet: https://meet.google.com/abc-defg-hij (not "/" or "/landing").
 * - Teams: /l/meetup-join/19:meeting_…@thread.v2 (often URL-encoded),
 *   teams.live.com/meet/<digits>, /meet/<id>, /v2/…#/meet/<id>.
 */

const MEET_HOSTS = new Set(['meet.google.com']);
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);
/** Match patterns of every call page (the call content script's `matches`). */
export const CALL_MATCHES: string[] = [...MEET_HOSTS, ...TEAMS_HOSTS].map((host) => `https://${host}/*`);
const MEET_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

export type CallSite = 'meet' | 'teams';

export function callSiteOf(host: string): CallSite | undefined {
  if (MEET_HOSTS.has(host)) return 'meet';
  if (TEAMS_HOSTS.has(host)) return 'teams';
  return undefined;
}

export function meetingCodeOf(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const site = callSiteOf(url.host);
  if (site === 'meet') return MEET_CODE.exec(url.pathname)?.[1];
  if (site !== 'teams') return undefined;
  const path = safeDecode(url.pathname);
  // A guest lands on /light-meetings/launch?…&coords=<base64 JSON {meetingCode} or {conversationId}>.
  if (/\/light-meetings\//.test(path)) return fromCoords(url.searchParams.get('coords'));
  const thread = /\/l\/meetup-join\/(19:meeting_[^/@]+@thread\.v2)/.exec(path)?.[1];
  if (thread) return thread;
  const meet = /\/meet\/([\w-]+)/.exec(path)?.[1] ?? /\/meet\/([\w-]+)/.exec(safeDecode(url.hash))?.[1];
  return meet;
}

function fromCoords(coords: string | null): string | undefined {
  if (!coords) return undefined;
  try {
    // Seen with and without its padding, which may come URL-encoded: read it as bare base64 (or base64url).
    const bare = coords.trim().replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    const value: unknown = JSON.parse(atob(bare + '='.repeat((4 - (bare.length % 4)) % 4)));
    if (!value || typeof value !== 'object') return undefined;
    const { meetingCode, conversationId } = value as { meetingCode?: unknown; conversationId?: unknown };
    if (typeof meetingCode === 'string' && /^[\w-]{1,100}$/.test(meetingCode)) return meetingCode;
    if (typeof conversationId === 'string' && /^19:meeting_[^/@]+@thread\.v2$/.test(conversationId)) return conversationId;
  } catch {
    // Not base64, or not JSON: no code.
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
