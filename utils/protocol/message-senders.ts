/**
 * Who may send which message (issue 17.9). The background obeys a message only
 * from the kind of sender that needs it: what a calendar page reports comes from a
 * calendar tab's content script, what a call page reports from a call tab's, and
 * what the extension's own pages say from those pages. A calendar page that got
 * hold of our content script's voice still cannot speak for a call, and no page
 * at all can speak for the extension's pages.
 */
import type { Message } from './messaging';
import { CALENDAR_MATCHES } from '../sites/calendars/registry';
import { CALL_MATCHES } from '../sites/calls/meeting-code';
import { CALL_HEALTH_SITES, type HealthSite } from '../sites/calendars/types';

export type SenderKind = 'calendar' | 'call' | 'extension';

const ALLOWED: Record<Message['type'], readonly SenderKind[]> = {
  'event-seen': ['calendar'],
  'event-gone': ['calendar'],
  'meeting-cancelled': ['calendar'],
  'person-brief': ['calendar'],
  'page-health': ['calendar', 'call'],
  'calendar-settings': ['calendar', 'extension'],
  'save-dock': ['calendar'],
  'set-override': ['calendar', 'extension'],
  'call-state': ['call'],
  'call-ended': ['call'],
  'open-side-panel': ['call'],
  'commitments-changed': ['extension'],
  'popup-opened': ['extension'],
  'backup-now': ['extension'],
};

export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

const hostsOf = (patterns: readonly string[]) => new Set(patterns.map((pattern) => new URL(pattern.replace(/\*$/, '')).host));
const CALENDAR_HOSTS = hostsOf(CALENDAR_MATCHES);
const CALL_HOSTS = hostsOf(CALL_MATCHES);

/** What kind of sender this is, or undefined for one we do not listen to. */
export function senderKind(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (sender.id !== extensionId || !sender.url) return undefined;
  if (sender.url.startsWith(`${extensionOrigin}/`)) return 'extension';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  // A content script runs in a tab; our iframe on a calendar page is an extension page (above).
  if (sender.tab?.id === undefined || url.protocol !== 'https:') return undefined;
  if (CALENDAR_HOSTS.has(url.host)) return 'calendar';
  if (CALL_HOSTS.has(url.host)) return 'call';
  return undefined;
}

export function mayAccept(type: Message['type'], kind: SenderKind | undefined): boolean {
  return kind !== undefined && ALLOWED[type].includes(kind);
}

/** A page-health report speaks only for the kind of page that sent it: a calendar for a calendar, a call page for a call page. */
export function mayReportOn(site: HealthSite, kind: SenderKind | undefined): boolean {
  return (kind === 'call') === CALL_HEALTH_SITES.includes(site);
}

/**
 * At most `limit` answers per `windowMs` for each key (a tab): the delete warning asks
 * for one person's brief at a time, so a page that makes it ask for hundreds is probing.
 */
export function rateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const seen = new Map<string, number[]>();
  return (key: string): boolean => {
    const since = now() - windowMs;
    const recent = (seen.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= limit) {
      seen.set(key, recent);
      return false;
    }
    recent.push(now());
    seen.set(key, recent);
    if (seen.size > 500) seen.delete(seen.keys().next().value!);
    return true;
  };
}
