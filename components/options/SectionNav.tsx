/** The options page's sections, one link each: a long page (the question bank alone is thousands of pixels) in reach. */
import { i18n } from '#i18n';

const SECTIONS = [
  ['self-emails-heading', 'selfEmails.heading'],
  ['cadence-heading', 'cadence.heading'],
  ['reminders-heading', 'reminders.heading'],
  ['bank-heading', 'bank.heading'],
  ['data-heading', 'data.heading'],
  ['encryption-heading', 'encryption.heading'],
] as const;

export function SectionNav() {
  return (
    <nav class="section-nav" aria-label={i18n.t('options.sections')}>
      <ul>
        {SECTIONS.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{i18n.t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
