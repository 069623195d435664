/** Reading a backup file: every way it can be wrong gets a message that says which, and nothing is written. */
import { Backup, BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type Backup as BackupType } from './format';
import { SealedBackup, SEALED_FORMAT, type SealedBackup as SealedBackupType } from './sealed';

export type ReadResult = { ok: true; backup: BackupType } | { ok: false; error: string; sealed?: SealedBackupType };

const UNCHANGED = 'Nothing was changed.';

export async function readBackupFile(file: { name?: string; size: number; text(): Promise<string> }): Promise<ReadResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `This file is ${Math.round(file.size / 1024 / 1024)} MB; a backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. ${UNCHANGED}`,
    };
  }
  return parseBackupText(await file.text());
}

export function parseBackupText(text: string): ReadResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: `This file is larger than a backup can be. ${UNCHANGED}` };
  if (!text.trim()) return { ok: false, error: `This file is empty. ${UNCHANGED}` };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The parser stops where the text stops: a file cut off while copying or saving.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const atTheEnd = position >= text.trimEnd().length - 1;
    if (atTheEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(message)) {
      return { ok: false, error: `This file ends early: it looks cut off (truncated). ${UNCHANGED}` };
    }
    return { ok: false, error: `This is not a JSON file (${message.slice(0, 120)}). ${UNCHANGED}` };
  }
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === SEALED_FORMAT) {
    const sealed = SealedBackup.safeParse(json);
    if (!sealed.success) return { ok: false, error: `This encrypted backup is damaged: it cannot be opened. ${UNCHANGED}` };
    return { ok: false, error: 'This backup is encrypted: enter the passphrase it was made with.', sealed: sealed.data };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: `This is not a 1:1 Companion backup. ${UNCHANGED}` };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of 1:1 Companion (format ${version}). Update the extension to import it. ${UNCHANGED}`,
    };
  }
  if (version !== BACKUP_VERSION)
    return { ok: false, error: `This backup has an unknown format version (${String(version).slice(0, 20)}). ${UNCHANGED}` };

  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '');
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return { ok: false, error: `The backup is damaged: ${where || 'the file'}: ${issue.message}${more}. ${UNCHANGED}` };
  }
  const problem = referenceProblem(parsed.data);
  return problem ? { ok: false, error: `The backup is damaged: ${problem}. ${UNCHANGED}` } : { ok: true, backup: parsed.data };
}

/** Records must point at records that are in the file, and ids must be unique. */
function referenceProblem({ data }: BackupType): string | undefined {
  for (const [table, rows] of Object.entries(data) as [string, { id: string }[]][]) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) return `${table} has the id "${row.id.slice(0, 60)}" twice`;
      seen.add(row.id);
    }
  }
  const people = new Set(data.people.map((person) => person.id));
  const meetings = new Set(data.meetings.map((meeting) => meeting.id));
  const keys = new Set<string>();
  for (const [index, meeting] of data.meetings.entries()) {
    if (!people.has(meeting.personId)) return `meetings[${index}] belongs to a person who is not in the backup`;
    if (keys.has(meeting.eventKey)) return `meetings[${index}] repeats a calendar occurrence already in the backup`;
    keys.add(meeting.eventKey);
  }
  for (const [index, commitment] of data.commitments.entries()) {
    if (!people.has(commitment.personId)) return `commitments[${index}] belongs to a person who is not in the backup`;
    if (!meetings.has(commitment.meetingId)) return `commitments[${index}] comes from a meeting that is not in the backup`;
  }
  return undefined;
}
