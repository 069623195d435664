/** What the database holds, in the product's words. */
import type { Cadence, Focus } from '../rules/cadence';
import type { QuestionFocus, QuestionKind } from '../rules/questions/bank';
import type { Language } from '../rules/languages';
import type { SeenEvent } from '../protocol/messaging';

export interface Person {
  id: string;
  name: string;
  /** Lower-cased addresses: the same person across calendars is matched by any of them. */
  emails: string[];
  /** Lower-cased name, for people known only by name (a title with no guest list). */
  nameKey: string;
  /** The name was made up from an address; the first real name the calendar shows replaces it. */
  nameGuessed?: boolean;
  /** This person's own rhythm, where it differs from the global one. */
  cadence?: Cadence;
  /** What this person wants from 1:1s. */
  wants?: Want[];
  /** When the user put the status-report nudge away for this person. */
  statusNudgeDismissedAt?: string;
  /** The language of this person's questions and recap, when it is not the interface's (utils/rules/languages.ts). */
  language?: Language;
  createdAt: string;
  updatedAt: string;
}

export type MeetingStatus = 'scheduled' | 'cancelled' | 'moved';

/** One occurrence of a 1:1. */
export interface Meeting {
  id: string;
  personId: string;
  /** The calendar's key of this occurrence (see utils/sites/calendars/types.ts). */
  eventKey: string;
  seriesKey: string;
  title: string;
  /** ISO: an instant for timed events, a date for all-day ones. Sorts as text. */
  start: string;
  end?: string;
  status: MeetingStatus;
  /** When the user deleted it on the calendar, after the warning (status 'cancelled'). */
  cancelledAt?: string;
  /** The reason the user gave in the warning, if any. */
  cancelReason?: string;
  /** The deletion ended the series ("This and following" / "All events"): the regular 1:1s stopped here. */
  endedSeries?: boolean;
  /** The start it had before the calendar moved it (status 'moved'), and when we saw the move. */
  movedFrom?: string;
  movedAt?: string;
  /** Private notes: never shared, never in a recap. */
  notes: string;
  /** Shared notes: what both agreed to write down; goes into the recap. */
  shared: string;
  /** Bumped on every notes change, so concurrent editors can tell they raced. */
  version: number;
  notesUpdatedAt?: string;
  /** The focus of this meeting: the one due when it was first opened, or the user's choice. */
  focus?: Focus;
  focusChosen?: boolean;
  /** Ids of the questions on offer, in order (kept so swaps and reloads do not reshuffle). */
  suggested?: string[];
  /** Ids of the questions the user ticked as asked. */
  asked: string[];
  /** Whether the user asked for feedback on themselves (a wrap-up question was ticked). */
  feedbackAsked: boolean;
  /** What they want to talk about: their agenda, first. */
  topics: Topic[];
  /** Private preparation for a difficult conversation. */
  difficult?: DifficultPrep;
  createdAt: string;
  updatedAt: string;
  /** Set on reading only: a sealed text of it could not be opened and reads as a notice (utils/crypto/middleware.ts). */
  unopened?: true;
}

export const WANTS = ['coaching', 'venting', 'technical growth', 'career'] as const;
export type Want = (typeof WANTS)[number];

/** What one side promised: stays in sight until done. */
export interface Commitment {
  id: string;
  personId: string;
  /** The meeting it was made in. */
  meetingId: string;
  text: string;
  owner: 'me' | 'them';
  /** A calendar date (yyyy-MM-dd) in the user's time zone. */
  due?: string;
  status: 'open' | 'done';
  doneAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Set on reading only: its text could not be opened (utils/crypto/middleware.ts). */
  unopened?: true;
}

/**
 * The stored form of a person's commitments of one status (./commitment-books.ts): the
 * key is [personId, status]; every item has that person and status.
 */
export interface CommitmentBook {
  personId: string;
  status: Commitment['status'];
  items: Commitment[];
}

export interface Topic {
  id: string;
  text: string;
  done: boolean;
}

export interface DifficultPrep {
  /** What happened, when: specific. */
  example: string;
  /** The behaviour, not the character. */
  behaviour: string;
  /** Questions that open a dialogue rather than deliver a verdict. */
  questions: string;
  /** When to follow up (yyyy-MM-dd); a dated reminder until commitments land. */
  followUp?: string;
}

/** The user's own question, or their edit of a built-in one (same id). */
export interface QuestionRecord {
  id: string;
  text: string;
  kind: QuestionKind;
  focus: QuestionFocus;
  /** 'custom' questions are the user's; 'built-in' rows change a built-in question and can be reset. */
  source: 'custom' | 'built-in';
  hidden: boolean;
  /** Position in the user's order; questions without one follow in bank order. */
  order?: number;
  updatedAt: string;
}

/** A calendar event the calendar page showed, remembered to recognise the call it becomes. */
export interface SeenEventRecord extends SeenEvent {
  /** The Meet code or Teams meeting id inside the video link, for matching calls. */
  meetingCode?: string;
  seenAt: string;
}

/** A record about the store itself: its keyring (utils/crypto/lock.ts). */
export interface MetaRecord {
  id: 'keyring';
  value: unknown;
}
