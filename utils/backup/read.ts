/** Reading a backup file: every way it can be wrong gets a message that says which, and nothing is written. */
import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  SealedBackup,
  SEALED_FORMAT,
  type Backup as BackupType,
  type SealedBackup as SealedBackupType,
} from './format';
import { i18n } from '#i18n';

export type ReadResult = { ok: true; backup: BackupType } | { ok: false; error: string; sealed?: SealedBackupType };

export async function readBackupFile(file: { name?: string; size: number; text(): Promise<string> }): Promise<ReadResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: i18n.t('backupRead.tooBig', { size: Math.round(file.size / 1024 / 1024), max: MAX_BACKUP_BYTES / 1024 / 1024 }),
    };
  }
  return parseBackupText(await file.text());
}

export function parseBackupText(text: string): ReadResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: i18n.t('backupRead.tooLarge') };
  if (!text.trim()) return { ok: false, error: i18n.t('backupRead.empty') };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The parser stops where the text stops: a file cut off while copying or saving.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const atTheEnd = position >= text.trimEnd().length - 1;
    if (atTheEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(message)) {
      return { ok: false, error: i18n.t('backupRead.truncated') };
    }
    return { ok: false, error: i18n.t('backupRead.notJson', { reason: message.slice(0, 120) }) };
  }
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === SEALED_FORMAT) {
    const sealed = SealedBackup.safeParse(json);
    if (!sealed.success) return { ok: false, error: i18n.t('backupRead.sealedDamaged') };
    return { ok: false, error: i18n.t('backupRead.sealed'), sealed: sealed.data };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: i18n.t('backupRead.notBackup') };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: i18n.t('backupRead.newer', { version }),
    };
  }
  if (version !== BACKUP_VERSION)
    return { ok: false, error: i18n.t('backupRead.unknownVersion', { version: String(version).slice(0, 20) }) };

  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '');
    const more = parsed.error.issues.length > 1 ? ` ${i18n.t('backupRead.more', parsed.error.issues.length - 1)}` : '';
    return {
      ok: false,
      error: i18n.t('backupRead.damaged', { problem: `${where || i18n.t('backupRead.theFile')}: ${issue.message}${more}` }),
    };
  }
  const problem = referenceProblem(parsed.data);
  return problem ? { ok: false, error: i18n.t('backupRead.damaged', { problem }) } : { ok: true, backup: parsed.data };
}

/** Records must point at records that are in the file, and ids must be unique. */
function referenceProblem({ data }: BackupType): string | undefined {
  for (const [table, rows] of Object.entries(data) as [string, { id: string }[]][]) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) return i18n.t('backupRead.duplicateId', { table, id: row.id.slice(0, 60) });
      seen.add(row.id);
    }
  }
  const people = new Set(data.people.map((person) => person.id));
  const meetings = new Set(data.meetings.map((meeting) => meeting.id));
  const keys = new Set<string>();
  for (const [index, meeting] of data.meetings.entries()) {
    if (!people.has(meeting.personId)) return i18n.t('backupRead.noPerson', { row: `meetings[${index}]` });
    if (keys.has(meeting.eventKey)) return i18n.t('backupRead.repeatedOccurrence', { row: `meetings[${index}]` });
    keys.add(meeting.eventKey);
  }
  for (const [index, commitment] of data.commitments.entries()) {
    if (!people.has(commitment.personId)) return i18n.t('backupRead.noPerson', { row: `commitments[${index}]` });
    if (!meetings.has(commitment.meetingId)) return i18n.t('backupRead.noMeeting', { row: `commitments[${index}]` });
  }
  return undefined;
}
