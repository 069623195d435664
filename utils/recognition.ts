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

export interface Recognition {
  isOneOnOne: boolean;
  /** 0..1: how sure we are of `isOneOnOne`, either way. */
  confidence: number;
  reasons: string[];
  counterpart?: Counterpart;
}

const MAX_TITLE = 300;

export function recognizeOneOnOne(event: RecognitionEvent, options: RecognitionOptions = {}): Recognition {
  const title = normalise(event.title);
  const people = countPeople(event, options.selfEmails ?? []);
  const counterpart = people.others.length === 1 ? pick(people.others[0]!) : titleCounterpart(event.title, people.selfNames);
  const verdict = (isOneOnOne: boolean, confidence: number, ...reasons: string[]): Recognition => {
    const result: Recognition = { isOneOnOne, confidence, reasons };
    if (isOneOnOne && counterpart) result.counterpart = counterpart;
    return result;
  };

  if (options.override !== undefined) {
    return verdict(options.override, 1, options.override ? 'You marked this series as a 1:1' : 'You marked this series as not a 1:1');
  }
  if (event.allDay) return verdict(false, 0.95, 'All-day event');
  if (matchesAny(title, INTERVIEW_PATTERNS)) return verdict(false, 0.9, 'Looks like an interview or a screen');
  if (matchesAny(title, GROUP_PATTERNS)) return verdict(false, 0.85, 'Looks like a training or a talk about 1:1s');
  if (people.known && people.humans > 2) return verdict(false, 0.95, `${people.humans} people invited`);
  if (people.known && people.others.length === 0) return verdict(false, 0.9, 'Nobody else is invited');
  if (matchesAny(title, PREP_PATTERNS) && !people.known) return verdict(false, 0.7, 'Looks like preparation time');

  const oneOther = people.known && people.others.length === 1;
  if (matchesAny(title, ONE_ON_ONE_PATTERNS)) {
    return verdict(true, oneOther ? 0.97 : 0.85, 'The title says 1:1', ...(oneOther ? ['Exactly one other person invited'] : []));
  }
  const pair = namePair(event.title);
  if (pair && !NOT_NAMES.has(pair[0].toLowerCase()) && !NOT_NAMES.has(pair[1].toLowerCase())) {
    return verdict(true, oneOther ? 0.9 : 0.65, 'The title pairs two names', ...(oneOther ? ['Exactly one other person invited'] : []));
  }
  if (matchesAny(title, TRANSACTIONAL_PATTERNS)) return verdict(false, 0.75, 'Looks like a call with an outside company');
  if (!oneOther) return verdict(false, 0.6, 'Nothing in the title says 1:1');

  if (people.external && !event.recurring) return verdict(false, 0.6, 'One-off meeting with someone outside your organisation');
  if (event.recurring) return verdict(true, 0.7, 'Recurring meeting with exactly one other person');
  if (matchesAny(title, SOFT_PATTERNS)) return verdict(true, 0.6, 'A catch-up with exactly one other person');
  return verdict(false, 0.55, 'One-off meeting with one other person and no 1:1 wording');
}

interface People {
  known: boolean;
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
