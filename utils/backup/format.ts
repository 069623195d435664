/**
 * The backup file: one JSON document, versioned, described by these schemas
 * (docs/BACKUP.md). Every import is parsed with them before anything is
 * written; what does not fit is refused with a message that names it.
 */
import { isRealDate, REAL_DATE_MESSAGE } from '../rules/real-date';
import { z } from 'zod';
import { LANGUAGES } from '../rules/languages';

export const BACKUP_FORMAT = 'one-on-one-companion-backup';
export const BACKUP_VERSION = 1;

const Id = z.string().min(1).max(200);
const Iso = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/, 'not an ISO date')
  .refine(isRealDate, REAL_DATE_MESSAGE);
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (yyyy-MM-dd)')
  .refine(isRealDate, REAL_DATE_MESSAGE);
/** An address as the calendars write it: lower case, one @, a dot in the domain. */
const Email = z
  .string()
  .max(320)
  .regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/, 'not an email address')
  .transform((email) => email.toLowerCase());
/** A note can be long, not unbounded. */
const Text = (max: number) => z.string().max(max, `longer than ${max.toLocaleString('en')} characters`);
const Focus = z.enum(['present', 'near-future', 'horizon']);
const Cadence = z.object({
  nearFutureWeeks: z.number().int().min(1).max(26).optional(),
  horizonWeeks: z.number().int().min(1).max(52).optional(),
});

export const PersonRecord = z.object({
  id: Id,
  name: Text(200).min(1),
  emails: z.array(Email).max(20),
  nameKey: Text(200),
  nameGuessed: z.boolean().optional(),
  cadence: Cadence.optional(),
  wants: z.array(z.enum(['coaching', 'venting', 'technical growth', 'career'])).optional(),
  statusNudgeDismissedAt: Iso.optional(),
  language: z.enum(LANGUAGES).optional(),
  createdAt: Iso,
  updatedAt: Iso,
});

export const MeetingRecord = z.object({
  id: Id,
  personId: Id,
  eventKey: Text(400).min(1),
  seriesKey: Text(400).min(1),
  title: Text(1000),
  start: Iso,
  end: Iso.optional(),
  status: z.enum(['scheduled', 'cancelled', 'moved']),
  cancelledAt: Iso.optional(),
  cancelReason: Text(500).optional(),
  endedSeries: z.boolean().optional(),
  movedFrom: Iso.optional(),
  movedAt: Iso.optional(),
  notes: Text(1_000_000),
  shared: Text(1_000_000),
  version: z.number().int().min(0),
  notesUpdatedAt: Iso.optional(),
  focus: Focus.optional(),
  focusChosen: z.boolean().optional(),
  suggested: z.array(Id).max(50).optional(),
  asked: z.array(Id).max(200),
  feedbackAsked: z.boolean(),
  topics: z.array(z.object({ id: Id, text: Text(500), done: z.boolean() })).max(200),
  difficult: z
    .object({ example: Text(20_000), behaviour: Text(20_000), questions: Text(20_000), followUp: z.union([Day, z.literal('')]).optional() })
    .optional(),
  createdAt: Iso,
  updatedAt: Iso,
});

export const CommitmentRecord = z.object({
  id: Id,
  personId: Id,
  meetingId: Id,
  text: Text(500).min(1),
  owner: z.enum(['me', 'them']),
  due: Day.optional(),
  status: z.enum(['open', 'done']),
  doneAt: Iso.optional(),
  createdAt: Iso,
  updatedAt: Iso,
});

export const QuestionRecordSchema = z.object({
  id: Id,
  text: Text(300),
  kind: z.enum(['check-in', 'growth', 'trust', 'wrap-up', 'first-meeting', 'difficult-follow-up']),
  focus: z.enum(['present', 'near-future', 'horizon', 'any']),
  source: z.enum(['custom', 'built-in']),
  hidden: z.boolean(),
  order: z.number().int().optional(),
  updatedAt: Iso,
});

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Iso,
  data: z.object({
    // One address is one person: a second person with it would take over the first one's name and notes.
    people: z
      .array(PersonRecord)
      .max(10_000)
      .superRefine((people, context) => {
        const owner = new Map<string, string>();
        for (const person of people) {
          for (const email of person.emails) {
            const first = owner.get(email);
            if (first && first !== person.id) context.addIssue({ code: 'custom', message: `two people share the address ${email}` });
            owner.set(email, person.id);
          }
        }
      }),
    meetings: z.array(MeetingRecord).max(200_000),
    commitments: z.array(CommitmentRecord).max(500_000),
    questions: z.array(QuestionRecordSchema).max(10_000),
  }),
  settings: z
    .object({
      cadence: z.object({ nearFutureWeeks: z.number().int().min(1).max(26), horizonWeeks: z.number().int().min(1).max(52) }).optional(),
      recognitionOverrides: z.record(z.string().max(400), z.boolean()).optional(),
    })
    .default({}),
});
export type Backup = z.infer<typeof Backup>;
export type BackupData = Backup['data'];

/** Biggest file we try to read: years of notes are a few megabytes. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** An encrypted backup's envelope (utils/backup/sealed.ts seals and opens it). */
export const SEALED_FORMAT = 'one-on-one-companion-backup-encrypted';

export const SealedBackup = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1),
  keyring: z.object({
    v: z.literal(1),
    salt: z.string().max(100),
    iterations: z.number().int().min(100_000).max(10_000_000),
    check: z.string().max(1000),
  }),
  data: z.string().startsWith('enc1:'),
});
export type SealedBackup = z.infer<typeof SealedBackup>;
