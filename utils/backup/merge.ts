/**
 * Merging a backup into the database by id. Nothing newer on this machine is
 * silently overwritten by something older from the file: those are conflicts,
 * listed, and the user chooses. A person already here under another id (the
 * same email) and a meeting already here under another id (the same calendar
 * occurrence) are matched, and what points at them follows.
 */
import type { CompanionDatabase } from '../db/database';
import { allCommitments, clearCommitments, putCommitments } from '../db/commitments';
import type { Commitment } from '../db/records';
import type { Backup, BackupData } from './format';
import { sameData } from '../rules/same-data';

export type Table = keyof BackupData;
export const TABLES: readonly Table[] = ['people', 'meetings', 'commitments', 'questions'];

export interface Conflict {
  key: string;
  table: Table;
  id: string;
  label: string;
  localUpdatedAt: string;
  importedUpdatedAt: string;
}

type Row = BackupData[Table][number];
type Counts = Record<Table, number>;

export interface ImportPlan {
  add: Counts;
  change: Counts;
  same: Counts;
  conflicts: Conflict[];
  /** Records to write (after the user's choices), keyed by conflict key for the conflicting ones. */
  writes: { table: Table; row: Row; conflictKey?: string }[];
  matched: { people: number; meetings: number };
}

const zero = (): Counts => ({ people: 0, meetings: 0, commitments: 0, questions: 0 });

function labelOf(table: Table, row: Row): string {
  if (table === 'people') return (row as BackupData['people'][number]).name;
  if (table === 'meetings')
    return `${(row as BackupData['meetings'][number]).title} (${(row as BackupData['meetings'][number]).start.slice(0, 10)})`;
  return (row as { text: string }).text.slice(0, 80);
}

/**
 * A record nobody has written anything into (opening a 1:1 creates one): taking the
 * backup's version loses nothing, so it is not a conflict.
 */
function untouched(table: Table, row: Row): boolean {
  if (table === 'people') {
    const person = row as BackupData['people'][number];
    return !person.wants?.length && !person.cadence && !person.statusNudgeDismissedAt && !person.language;
  }
  if (table === 'meetings') {
    const meeting = row as BackupData['meetings'][number];
    return (
      !meeting.notes.trim() && !meeting.shared.trim() && meeting.asked.length === 0 && meeting.topics.length === 0 && !meeting.difficult
    );
  }
  return false;
}

/** A change stamped later than this is from a clock that was wrong (or a file that was edited): never taken on trust. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export async function planImport(db: CompanionDatabase, backup: Backup, now = new Date()): Promise<ImportPlan> {
  const future = new Date(now.getTime() + FUTURE_SLACK_MS).toISOString();
  const plan: ImportPlan = { add: zero(), change: zero(), same: zero(), conflicts: [], writes: [], matched: { people: 0, meetings: 0 } };
  const [people, meetings, commitments, questions] = await Promise.all([
    db.people.toArray(),
    db.meetings.toArray(),
    allCommitments(db),
    db.questions.toArray(),
  ]);
  const local: Record<Table, Map<string, Row>> = {
    people: new Map(people.map((row) => [row.id, row as Row])),
    meetings: new Map(meetings.map((row) => [row.id, row as Row])),
    commitments: new Map(commitments.map((row) => [row.id, row as Row])),
    questions: new Map(questions.map((row) => [row.id, row as Row])),
  };
  const personByEmail = new Map(people.flatMap((person) => person.emails.map((email) => [email, person.id] as const)));
  const meetingByKey = new Map(meetings.map((meeting) => [meeting.eventKey, meeting.id]));
  const personIds = new Map<string, string>();
  const meetingIds = new Map<string, string>();

  for (const person of backup.data.people) {
    const here = local.people.has(person.id) ? person.id : person.emails.map((email) => personByEmail.get(email)).find(Boolean);
    if (here && here !== person.id) plan.matched.people++;
    personIds.set(person.id, here ?? person.id);
  }
  for (const meeting of backup.data.meetings) {
    const here = local.meetings.has(meeting.id) ? meeting.id : meetingByKey.get(meeting.eventKey);
    if (here && here !== meeting.id) plan.matched.meetings++;
    meetingIds.set(meeting.id, here ?? meeting.id);
  }

  const consider = (table: Table, row: Row) => {
    const existing = local[table].get(row.id);
    if (!existing) {
      plan.add[table]++;
      plan.writes.push({ table, row });
    } else if (sameData(existing, row)) {
      plan.same[table]++;
    } else if ((row.updatedAt > existing.updatedAt && row.updatedAt <= future) || untouched(table, existing)) {
      plan.change[table]++;
      plan.writes.push({ table, row });
    } else {
      const key = `${table}:${row.id}`;
      plan.conflicts.push({
        key,
        table,
        id: row.id,
        label: labelOf(table, row),
        localUpdatedAt: existing.updatedAt,
        importedUpdatedAt: row.updatedAt,
      });
      plan.writes.push({ table, row, conflictKey: key });
    }
  };
  for (const person of backup.data.people) consider('people', { ...person, id: personIds.get(person.id)! });
  for (const meeting of backup.data.meetings)
    consider('meetings', { ...meeting, id: meetingIds.get(meeting.id)!, personId: personIds.get(meeting.personId)! });
  for (const commitment of backup.data.commitments) {
    consider('commitments', {
      ...commitment,
      personId: personIds.get(commitment.personId)!,
      meetingId: meetingIds.get(commitment.meetingId)!,
    });
  }
  for (const question of backup.data.questions) consider('questions', question);
  return plan;
}

/** Writes the plan in one transaction: all of it, or (on any error) none of it. `theirs` lists the conflicts to take from the file. */
export async function applyImport(db: CompanionDatabase, plan: ImportPlan, theirs: ReadonlySet<string>): Promise<number> {
  const writes = plan.writes.filter((write) => !write.conflictKey || theirs.has(write.conflictKey));
  await db.transaction('rw', [db.people, db.meetings, db.commitmentBooks, db.questions], async () => {
    for (const table of TABLES) {
      const rows = writes.filter((write) => write.table === table).map((write) => write.row);
      if (!rows.length) continue;
      if (table === 'commitments') await putCommitments(db, rows as Commitment[]);
      else await db.table(table).bulkPut(rows);
    }
  });
  return writes.length;
}

/** Erases every record, in one transaction. */
export async function eraseDatabase(db: CompanionDatabase): Promise<void> {
  await db.transaction('rw', [db.people, db.meetings, db.commitmentBooks, db.questions], async () => {
    await Promise.all([db.people.clear(), db.meetings.clear(), clearCommitments(db), db.questions.clear()]);
  });
}
