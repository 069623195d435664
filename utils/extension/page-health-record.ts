/**
 * The local record of calendar pages we could not read (utils/content/calendar-page/page-health.ts):
 * per site, what failed (codes), the extension's version, the day, and a
 * scrubbed outline for "Copy a report". Never a title, name or address. Written
 * by the background, read by the popup and the options page; nothing leaves
 * the machine unless the user copies the report and sends it themselves.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import * as z from 'zod/mini';
import { HEALTH_SITES, PAGE_PROBLEMS, type HealthSite, type PageProblem } from '../sites/calendars/types';

const SiteRecord = z.object({
  problems: z.array(z.enum(PAGE_PROBLEMS)),
  version: z.string().check(z.maxLength(40)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  outline: z.string().check(z.maxLength(40_000)),
});
const PageHealthRecord = z.partialRecord(z.enum(HEALTH_SITES), SiteRecord);
export type SiteHealth = z.infer<typeof SiteRecord>;
export type PageHealthRecord = z.infer<typeof PageHealthRecord>;

export const pageHealth = storage.defineItem<PageHealthRecord>(STORAGE_KEYS.pageHealth, { fallback: {}, version: 1 });

export async function readPageHealth(): Promise<PageHealthRecord> {
  const parsed = PageHealthRecord.safeParse(await pageHealth.getValue());
  return parsed.success ? parsed.data : {};
}

/** What a calendar page just told: a site read well again is taken off the record. */
export async function notePageHealth(
  site: HealthSite,
  problems: PageProblem[],
  outline: string,
  facts: { version: string; date: string },
): Promise<void> {
  const others = Object.fromEntries(Object.entries(await readPageHealth()).filter(([name]) => name !== site)) as PageHealthRecord;
  await pageHealth.setValue(problems.length === 0 ? others : { ...others, [site]: { problems, outline, ...facts } });
}

/** The text "Copy a report" puts on the clipboard. */
export function reportOf(site: HealthSite, health: SiteHealth): string {
  return [
    `1:1 Companion ${health.version}: page report for ${site}, ${health.date}`,
    `could not read: ${health.problems.join(', ')}`,
    'outline of the open event (texts and attribute values replaced by their length):',
    health.outline,
  ].join('\n');
}
