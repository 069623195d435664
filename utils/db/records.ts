/** What the database holds, in the product's words. */

export interface Person {
  id: string;
  name: string;
  /** Lower-cased addresses: the same person across calendars is matched by any of them. */
  emails: string[];
  /** Lower-cased name, for people known only by name (a title with no guest list). */
  nameKey: string;
  /** The name was made up from an address; the first real name the calendar shows replaces it. */
  nameGuessed?: boolean;
  createdAt: string;
  updatedAt: string;
}

export type MeetingStatus = 'scheduled' | 'cancelled' | 'moved';

/** One occurrence of a 1:1. */
export interface Meeting {
  id: string;
  personId: string;
  /** The calendar's key of this occurrence (see utils/calendars/types.ts). */
  eventKey: string;
  seriesKey: string;
  title: string;
  /** ISO: an instant for timed events, a date for all-day ones. Sorts as text. */
  start: string;
  end?: string;
  status: MeetingStatus;
  notes: string;
  /** Bumped on every notes change, so concurrent editors can tell they raced. */
  version: number;
  notesUpdatedAt?: string;
  createdAt: string;
  updatedAt: string;
}
