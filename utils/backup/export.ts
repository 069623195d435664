/** A complete backup of the database and settings, and a readable Markdown export. */
import { parseISO } from 'date-fns';
import { listText } from '../rules/languages';
import type { CompanionDatabase } from '../db/database';
import { allCommitments } from '../db/commitments';
import { focusLabel } from '../rules/cadence';
import { dayText, meetingStatusText } from '../rules/dates';
import { wantLabel } from '../rules/want-label';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { i18n } from '#i18n';

export async function exportBackup(db: CompanionDatabase, settings: Backup['settings'], now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.people, db.meetings, db.commitmentBooks, db.questions], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: {
      people: await db.people.toArray(),
      // A note that cannot be opened goes out as its notice (the flag is for this browser only).
      meetings: (await db.meetings.toArray()).map(withoutUnopened),
      commitments: (await allCommitments(db)).map(withoutUnopened),
      questions: await db.questions.toArray(),
    },
    settings,
  })) as Promise<Backup>;
}

/** A record as a backup holds it: the "could not be opened" flag is for this browser only. */
export function withoutUnopened<T extends { unopened?: true }>(record: T): T {
  if (!record.unopened) return record;
  const rest = { ...record };
  delete rest.unopened;
  return rest;
}

const day = (iso: string) => dayText(parseISO(iso));

/** One section per person: their meetings (focus, notes) and commitments. Private notes included: it is your copy. */
export function backupToMarkdown(backup: Backup): string {
  const lines = [`# ${i18n.t('markdown.title')}`, '', i18n.t('markdown.exported', { day: day(backup.exportedAt) })];
  const people = [...backup.data.people].sort((a, b) => a.name.localeCompare(b.name));
  for (const person of people) {
    lines.push('', `## ${person.name}`, '');
    if (person.emails.length) lines.push(person.emails.join(', '), '');
    if (person.wants?.length) lines.push(i18n.t('person.wants', { wants: listText(person.wants.map(wantLabel)) }), '');
    const commitments = backup.data.commitments.filter((commitment) => commitment.personId === person.id);
    if (commitments.length) {
      lines.push(`### ${i18n.t('commitments.heading')}`, '');
      for (const commitment of commitments) {
        lines.push(
          `- [${commitment.status === 'done' ? 'x' : ' '}] ${commitment.owner === 'me' ? i18n.t('markdown.me') : person.name}: ${commitment.text}${commitment.due ? ` ${i18n.t('recapText.by', { day: commitment.due })}` : ''}`,
        );
      }
      lines.push('');
    }
    const meetings = backup.data.meetings
      .filter((meeting) => meeting.personId === person.id)
      .sort((a, b) => b.start.localeCompare(a.start));
    for (const meeting of meetings) {
      lines.push(
        `### ${day(meeting.start)}${meeting.focus ? ` · ${focusLabel(meeting.focus)}` : ''}${meetingStatusText(meeting) ? ` · ${meetingStatusText(meeting)}` : ''}`,
        '',
      );
      if (meeting.notes.trim()) lines.push(meeting.notes.trim(), '');
      if (meeting.shared.trim()) lines.push(i18n.t('notes.sharedPrefix'), '', meeting.shared.trim(), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
