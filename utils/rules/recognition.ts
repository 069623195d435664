/**
 * Is this calendar event a 1:1, and with whom?
 *
 * Evidence, strongest first: what the user said about the series (override);
 * what the event cannot be (all-day, an interview, a training); how many
 * people are invited (rooms do not count, the user does); what the title says
 * (recognition-terms.ts, many languages); recurrence. With no guest list (a
 * chip only) the title alone decides. Tested on a labelled table in
 * tests/unit/utils/recognition.test.ts, which prints precision and recall.
 */
import {
  FREE_MAIL_DOMAINS,
  GROUP_PATTERNS,
  INTERVIEW_PATTERNS,
  NOT_NAMES,
  ONE_ON_ONE_PATTERNS,
  PREP_PATTERNS,
  SOFT_PATTERNS,
  TITLE_NOISE,
  TRANSACTIONAL_PATTERNS,
} from './recognition-terms';

export interface RecognitionAttendee {
  name?: string;
  email?: string;
  self?: boolean;
  organizer?: boolean;
  resource?: boolean;
}

export interface RecognitionEvent {
  title: string;
  attendees?: RecognitionAttendee[];
  /** Guests the page counts but does not list (a collapsed guest list). */
  guestCount?: number;
  /** The organiser, named where no guest list is shown: the counterpart when the title names nobody. */
  organizer?: RecognitionAttendee;
  allDay?: boolean;
  recurring?: boolean;
  start?: Date | string;
  end?: Date | string;
  description?: string;
}

export interface RecognitionOptions {
  selfEmails?: string[];
  /** The user's own word for this series: it beats every rule. */
  override?: boolean;
}

export interface Counterpart {
  name?: string;
  email?: string;
}

/**
 * Why recognition decided as it did, as a code (it runs in the calendar content
 * script, which carries no sentences it never shows):
 * `marked-yes`/`marked-no` the user's word on the series; `all-day`; `interview`;
 * `training` (about 1:1s, not one); `many-people`; `nobody-else`; `prep` (preparation
 * time); `title-1on1` the title says 1:1; `title-pair` it pairs two names; `one-other`
 * exactly one other person invited; `vendor` a call with an outside company;
 * `no-1on1-words`; `external-one-off`; `recurring-pair`; `catch-up`; `one-off-pair`.
 */
export type RecognitionReason =
  | 'marked-yes'
  | 'marked-no'
  | 'all-day'
  | 'interview'
  | 'training'
  | 'many-people'
  | 'nobody-else'
  | 'prep'
  | 'title-1on1'
  | 'title-pair'
  | 'one-other'
  | 'vendor'
  | 'no-1on1-words'
  | 'external-one-off'
  | 'recurring-pair'
  | 'catch-up'
  | 'one-off-pair';

export interface Recognition {
  isOneOnOne: boolean;
  /** 0..1: how sure we are of `isOneOnOne`, either way. */
  confidence: number;
  reasons: RecognitionReason[];
  counterpart?: Counterpart;
}

const MAX_TITLE = 300;

export function recognizeOneOnOne(event: RecognitionEvent, options: RecognitionOptions = {}): Recognition {
  const title = normalise(event.title);
  const people = countPeople(event, options.selfEmails ?? []);
  const counterpart =
    people.others.length === 1
      ? pick(people.others[0]!)
      : // Someone else organised it and no guest list is shown: in a 1:1, they are the other person.
        (organizerCounterpart(event.organizer, options.selfEmails ?? []) ?? titleCounterpart(event.title, people.selfNames));
  const verdict = (isOneOnOne: boolean, confidence: number, ...reasons: RecognitionReason[]): Recognition => {
    const result: Recognition = { isOneOnOne, confidence, reasons };
    if (isOneOnOne && counterpart) result.counterpart = counterpart;
    return result;
  };

  if (options.override !== undefined) {
    return verdict(options.override, 1, options.override ? 'marked-yes' : 'marked-no');
  }
  if (event.allDay) return verdict(false, 0.95, 'all-day');
  if (matchesAny(title, INTERVIEW_PATTERNS)) return verdict(false, 0.9, 'interview');
  if (matchesAny(title, GROUP_PATTERNS)) return verdict(false, 0.85, 'training');
  if (people.known && people.humans > 2) return verdict(false, 0.95, 'many-people');
  if (people.listed && people.others.length === 0) return verdict(false, 0.9, 'nobody-else');
  if (matchesAny(title, PREP_PATTERNS) && !people.known) return verdict(false, 0.7, 'prep');

  const oneOther = people.known && people.others.length === 1;
  if (matchesAny(title, ONE_ON_ONE_PATTERNS)) {
    return verdict(true, oneOther ? 0.97 : 0.85, 'title-1on1', ...(oneOther ? (['one-other'] as const) : []));
  }
  const pair = namePair(event.title);
  if (pair && !NOT_NAMES.has(pair[0].toLowerCase()) && !NOT_NAMES.has(pair[1].toLowerCase())) {
    return verdict(true, oneOther ? 0.9 : 0.65, 'title-pair', ...(oneOther ? (['one-other'] as const) : []));
  }
  if (matchesAny(title, TRANSACTIONAL_PATTERNS)) return verdict(false, 0.75, 'vendor');
  if (!oneOther) return verdict(false, 0.6, 'no-1on1-words');

  if (people.external && !event.recurring) return verdict(false, 0.6, 'external-one-off');
  if (event.recurring) return verdict(true, 0.7, 'recurring-pair');
  if (matchesAny(title, SOFT_PATTERNS)) return verdict(true, 0.6, 'catch-up');
  return verdict(false, 0.55, 'one-off-pair');
}

interface People {
  /** How many people there are is known (guest rows, or only the page's count of them). */
  known: boolean;
  /** Who they are is known: guest rows were read (a popover still loading may show only the count). */
  listed: boolean;
  humans: number;
  others: RecognitionAttendee[];
  selfNames: string[];
  external: boolean;
}

function countPeople(event: RecognitionEvent, selfEmails: string[]): People {
  const mine = new Set(selfEmails.map((email) => email.toLowerCase()));
  const humans = (event.attendees ?? []).filter((attendee) => !attendee.resource);
  const isSelf = (attendee: RecognitionAttendee) => attendee.self === true || (!!attendee.email && mine.has(attendee.email.toLowerCase()));
  let others = humans.filter((attendee) => !isSelf(attendee));
  // Two people and neither known to be the user: the user is most often the organiser of their 1:1s.
  if (humans.length === 2 && others.length === 2) {
    const invited = others.filter((attendee) => !attendee.organizer);
    others = invited.length === 1 ? invited : others.slice(1);
  }
  const self = humans.filter(isSelf);
  const selfDomains = [...self.map((attendee) => attendee.email ?? ''), ...selfEmails].map(domainOf).filter(isWorkDomain);
  const otherDomain = others.length === 1 ? domainOf(others[0]!.email ?? '') : '';
  const counted = Math.max(humans.length, event.guestCount ?? 0);
  return {
    known: humans.length > 0 || (event.guestCount ?? 0) > 0,
    listed: humans.length > 0,
    humans: counted,
    others,
    selfNames: [...self.map((attendee) => attendee.name ?? ''), ...[...mine].map((email) => email.split('@')[0] ?? '')]
      .flatMap((name) => name.toLowerCase().split(/[\s._-]+/))
      .filter((name) => name.length > 1),
    external: isWorkDomain(otherDomain) && selfDomains.length > 0 && !selfDomains.includes(otherDomain),
  };
}

function domainOf(email: string): string {
  return email.split('@')[1]?.toLowerCase() ?? '';
}

function isWorkDomain(domain: string): boolean {
  return domain !== '' && !FREE_MAIL_DOMAINS.has(domain);
}

/** The organiser named alone (no guest list), unless they are the user. */
function organizerCounterpart(organizer: RecognitionAttendee | undefined, selfEmails: string[]): Counterpart | undefined {
  if (!organizer || organizer.self || organizer.resource) return undefined;
  const email = organizer.email?.toLowerCase();
  if (email && selfEmails.some((mine) => mine.toLowerCase() === email)) return undefined;
  return pick(organizer);
}

function pick(attendee: RecognitionAttendee): Counterpart | undefined {
  const counterpart: Counterpart = {};
  if (attendee.name) counterpart.name = attendee.name;
  if (attendee.email) counterpart.email = attendee.email.toLowerCase();
  return counterpart.name || counterpart.email ? counterpart : undefined;
}

function normalise(title: string): string {
  return title.slice(0, MAX_TITLE).normalize('NFKC').toLowerCase();
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function matchesAny(title: string, patterns: readonly RegExp[]): boolean {
  const plain = withoutAccents(title);
  return patterns.some((pattern) => pattern.test(title) || pattern.test(plain));
}

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]{1,8}`;
const PAIR = new RegExp(String.raw`(${NAME})\s*(?:/|<>|<->|<=>|↔|&|\+|\||\s[x×]\s|\svs\.?\s)\s*(${NAME})`, 'u');

/** "Alex / Sam", "Alex <> Sam", "Alex x Sam": two name-like words joined by a pairing sign. */
function namePair(title: string): [string, string] | null {
  const match = PAIR.exec(title.slice(0, MAX_TITLE).normalize('NFKC'));
  return match?.[1] && match[2] ? [match[1].trim(), match[2].trim()] : null;
}

/** Who the title names, when there is no guest list to ask. */
function titleCounterpart(title: string, selfNames: string[]): Counterpart | undefined {
  const pair = namePair(title);
  if (pair) {
    const other = pair.find((name) => !selfNames.includes(name.toLowerCase().split(' ')[0] ?? ''));
    const chosen = selfNames.length > 0 ? other : pair[1];
    return chosen ? { name: chosen } : undefined;
  }
  let rest = title.slice(0, MAX_TITLE).normalize('NFKC');
  for (const pattern of TITLE_NOISE) rest = rest.replace(new RegExp(pattern.source, 'giu'), ' ');
  const name = rest
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .replace(/\s+-\s+|^\s*-|-\s*$/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name.split(' ').filter((word) => word && !NOT_NAMES.has(word.toLowerCase()));
  return words.length >= 1 && words.length <= 3 ? { name: words.join(' ') } : undefined;
}
