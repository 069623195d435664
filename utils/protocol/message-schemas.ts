/**
 * Every message the background accepts, as zod schemas: the one source of their shapes.
 * The TypeScript types are inferred from them (and re-exported, types only, by
 * utils/protocol/messaging.ts, which content scripts import without loading zod).
 */
import { HEALTH_SITES, PAGE_PROBLEMS } from '../sites/calendars/types';
import { z } from 'zod';
import { Iso } from './schemas';
import { DOCK_WIDTH } from './calendar-settings';
import { cleanName, cleanTitle } from '../rules/plain-text';

const Short = (max: number) => z.string().max(max);

/** Which occurrence: the same fields in every message that names one. */
const OccurrenceFields = {
  key: Short(400).min(1),
  seriesKey: Short(400).min(1),
  title: Short(100_000).transform(cleanTitle),
  start: Iso.optional(),
  end: Iso.optional(),
};

export const SeenEvent = z.object({
  ...OccurrenceFields,
  allDay: z.boolean(),
  videoLink: z.url().max(2000).optional(),
  oneOnOne: z.boolean(),
  counterpart: z
    .object({ name: Short(10_000).transform(cleanName).optional(), email: Short(320).trim().toLowerCase().pipe(z.email()).optional() })
    .optional(),
  editing: z.boolean().optional(),
});

export const DockPreferences = z.object({ width: z.number().int().min(DOCK_WIDTH.min).max(DOCK_WIDTH.max), collapsed: z.boolean() });

export const Counterpart = z
  .object({
    name: Short(10_000).transform(cleanName).pipe(z.string().min(1)).optional(),
    email: Short(320).trim().toLowerCase().pipe(z.email()).optional(),
  })
  .refine((person) => person.name !== undefined || person.email !== undefined, 'names nobody');

export const Occurrence = z.object({ ...OccurrenceFields, counterpart: Counterpart });

export const CallState = z.object({
  site: z.enum(['meet', 'teams']),
  meetingCode: Short(300).optional(),
  title: Short(500).optional(),
  participants: z.array(Short(200)).max(300),
  inCall: z.boolean(),
  presenting: z.boolean(),
});

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('commitments-changed') }),
  z.object({ type: z.literal('event-seen'), event: SeenEvent }),
  z.object({ type: z.literal('event-gone'), key: Short(400).min(1), start: Iso }),
  z.object({ type: z.literal('call-state'), call: CallState }),
  z.object({ type: z.literal('call-ended') }),
  z.object({ type: z.literal('open-side-panel') }),
  z.object({ type: z.literal('meeting-cancelled'), occurrence: Occurrence, reason: Short(500).optional(), endedSeries: z.boolean() }),
  z.object({ type: z.literal('person-brief'), counterpart: Counterpart, exceptKey: Short(400).optional() }),
  z.object({ type: z.literal('calendar-settings') }),
  z.object({ type: z.literal('popup-opened') }),
  z.object({ type: z.literal('backup-now') }),
  z.object({
    type: z.literal('save-dock'),
    dock: DockPreferences,
  }),
  z.object({ type: z.literal('set-override'), seriesKey: Short(400).min(1), isOneOnOne: z.boolean().optional() }),
  z.object({
    type: z.literal('page-health'),
    site: z.enum(HEALTH_SITES),
    problems: z.array(z.enum(PAGE_PROBLEMS)).max(PAGE_PROBLEMS.length),
    outline: Short(40_000).optional(),
  }),
]);

/** Any message a context may send (what the background receives, once parsed). */
export type Message = z.output<typeof MessageSchema>;
export type MessageType = Message['type'];
/** A calendar event as remembered for matching calls later: never a note. */
export type SeenEvent = z.output<typeof SeenEvent>;
/** A 1:1 occurrence as a calendar page names it: which one, and with whom (never a note). */
export type OccurrenceMessage = z.output<typeof Occurrence>;
/** What a call page shows: which meeting, who is in it, whether the user is presenting. */
export type CallState = z.output<typeof CallState>;

export function parseMessage(value: unknown): Message | undefined {
  const parsed = MessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
