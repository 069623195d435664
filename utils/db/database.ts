/**
 * The one database, in the extension's own origin (never the calendar page's:
 * see docs/ARCHITECTURE.md). Every schema change is a new `version(n)` below
 * with an upgrade function, and a test that opens a database written by the
 * version before it (tests/unit/utils/db/database.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Commitment, Meeting, Person, QuestionRecord, SeenEventRecord } from './records';
import { encryptionMiddleware } from '../crypto/middleware';

export const DATABASE_NAME = 'one-on-one-companion';

export class CompanionDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  questions!: EntityTable<QuestionRecord, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  events!: EntityTable<SeenEventRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Seals note text and commitments when the user turned encryption on (utils/crypto/).
    this.use(encryptionMiddleware);
    this.version(1).stores({
      people: 'id, *emails, nameKey',
      meetings: 'id, &eventKey, seriesKey, personId, [personId+start]',
    });
    // 2: questions and the cadence. Meetings gain what was asked, their topics and a focus;
    // the user's questions get a table of their own.
    this.version(2)
      .stores({ questions: 'id, kind, focus' })
      .upgrade((tx) =>
        tx
          .table('meetings')
          .toCollection()
          .modify((meeting: Partial<Meeting>) => {
            meeting.asked ??= [];
            meeting.topics ??= [];
            meeting.feedbackAsked ??= false;
          }),
      );
    // 3: commitments, and shared notes beside the private ones.
    this.version(3)
      .stores({ commitments: 'id, personId, meetingId, status, [status+due]' })
      .upgrade((tx) =>
        tx
          .table('meetings')
          .toCollection()
          .modify((meeting: Partial<Meeting>) => {
            meeting.shared ??= '';
          }),
      );
    // 4: calendar events seen, to match the call a 1:1 becomes (no upgrade: a new table).
    this.version(4).stores({ events: 'key, start, meetingCode' });
  }
}

let shared: CompanionDatabase | undefined;

/** The database of this extension page (opened lazily, once). */
export function database(): CompanionDatabase {
  shared ??= new CompanionDatabase();
  return shared;
}

/**
 * The database, opening already: a page calls this first thing, so opening it
 * (about 10–20 ms) overlaps with loading the lock state instead of following it.
 * A failure is not lost: the first query meets it again and the page says so.
 */
export function openingDatabase(): CompanionDatabase {
  const db = database();
  void db.open().catch(() => undefined);
  return db;
}
