/** zod schemas for everything that crosses into an extension page from outside. */
import { z } from 'zod';
import { isRealDate, REAL_DATE_MESSAGE } from '../rules/real-date';
import type { PanelTarget } from './panel-link';
import { i18n } from '#i18n';
import { cleanName, cleanTitle } from '../rules/plain-text';

/** A date or a UTC instant as the calendar pages give them, and a real one (utils/rules/real-date.ts). */
export const Iso = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'not an ISO date')
  .refine(isRealDate, REAL_DATE_MESSAGE);

export const PanelTargetSchema = z.object({
  v: z.literal(1),
  key: z.string().min(1).max(400),
  seriesKey: z.string().min(1).max(400),
  // Cut, not refused: a long title is still a 1:1 worth its notes (utils/rules/plain-text.ts).
  title: z.string().max(100_000).transform(cleanTitle),
  start: Iso.optional(),
  end: Iso.optional(),
  allDay: z.boolean(),
  recurring: z.boolean(),
  counterpart: z
    .object({
      name: z.string().max(10_000).transform(cleanName).pipe(z.string().min(1)).optional(),
      email: z.string().trim().toLowerCase().max(320).pipe(z.email()).optional(),
    })
    .refine((person) => person.name !== undefined || person.email !== undefined, { error: () => i18n.t('panelErrors.nobody') }),
  editing: z.boolean().optional(),
  theme: z.enum(['light', 'dark']).optional(),
}) satisfies z.ZodType<PanelTarget>;

export type ParsedTarget = { ok: true; target: PanelTarget } | { ok: false; error: string };

export function parsePanelHash(hash: string): ParsedTarget {
  const raw = hash.replace(/^#/, '');
  if (!raw) return { ok: false, error: i18n.t('panelErrors.none') };
  let json: unknown;
  try {
    json = JSON.parse(decodeURIComponent(raw));
  } catch {
    return { ok: false, error: i18n.t('panelErrors.notOneOnOne') };
  }
  const parsed = PanelTargetSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: i18n.t('panelErrors.unreadable', { where: first?.path.join('.') || 'event', problem: first?.message ?? 'invalid' }),
    };
  }
  return { ok: true, target: parsed.data as PanelTarget };
}
