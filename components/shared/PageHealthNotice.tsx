/**
 * "Google Calendar changed its page": shown in the popup and on the options page
 * when a calendar page could not be read (utils/extension/page-health-record.ts), with
 * "Copy a report" and, once copied, everything the report holds.
 */
import { useState } from 'preact/hooks';
import { listText } from '@/utils/rules/languages';
import { pageHealth, readPageHealth, reportOf } from '@/utils/extension/page-health-record';
import { CALL_HEALTH_SITES, type HealthSite, type PageProblem } from '@/utils/sites/calendars/types';
import { useStorageItem } from './use-storage-item';
import { i18n } from '#i18n';

const SITE_NAMES: Record<HealthSite, string> = {
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook',
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
};
/** What a changed page breaks: on a calendar, recognition and the warning; on a call page, finding the call's 1:1. */
const changedText = (site: HealthSite) =>
  CALL_HEALTH_SITES.includes(site)
    ? i18n.t('health.callChanged', { site: SITE_NAMES[site] })
    : i18n.t('health.changed', { site: SITE_NAMES[site] });
/** The catalogue's words for each code (message names allow no hyphens). */
const PROBLEM_WORDS = {
  'no-event-id': 'health.noEventId',
  'no-title': 'health.noTitle',
  'no-time': 'health.noTime',
  'no-guest-rows': 'health.noGuestRows',
  'no-delete-button': 'health.noDeleteButton',
  'no-people': 'health.noPeople',
  'no-meeting-code': 'health.noMeetingCode',
} as const satisfies Record<PageProblem, string>;

export function PageHealthNotice() {
  const record = useStorageItem(pageHealth, readPageHealth);
  const [shown, setShown] = useState<{ site: HealthSite; text: string; copied: boolean }>();
  const sites = (Object.keys(record) as HealthSite[]).filter((site) => record[site]?.problems.length);
  if (sites.length === 0) return null;
  const copy = async (site: HealthSite) => {
    const health = record[site];
    if (!health) return;
    const text = reportOf(site, health);
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    setShown({ site, text, copied });
  };
  return (
    <>
      {sites.map((site) => (
        <section key={site} class="page-health" role="status" aria-label={changedText(site)}>
          <p>
            <strong>{changedText(site)}</strong>
          </p>
          <p class="muted">
            {i18n.t('health.what', {
              problems: listText((record[site]?.problems ?? []).map((problem) => i18n.t(PROBLEM_WORDS[problem]))),
            })}
          </p>
          <button type="button" onClick={() => void copy(site)}>
            {i18n.t('health.copy')}
          </button>
          {shown?.site === site && (
            <>
              <p>{i18n.t(shown.copied ? 'health.copied' : 'health.notCopied')}</p>
              <textarea autocomplete="off" class="report" readOnly rows={8} aria-label={i18n.t('health.copy')} value={shown.text} />
            </>
          )}
        </section>
      ))}
    </>
  );
}
