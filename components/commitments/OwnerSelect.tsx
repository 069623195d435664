/** Whose commitment: mine, or the other person's. */
import { i18n } from '#i18n';

export function OwnerSelect({
  value,
  firstName,
  onChange,
}: {
  value: 'me' | 'them';
  firstName: string;
  onChange(owner: 'me' | 'them'): void;
}) {
  return (
    <select
      aria-label={i18n.t('commitments.whose')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as 'me' | 'them')}
    >
      <option value="me">{i18n.t('commitments.mine')}</option>
      <option value="them">{i18n.t('commitments.theirs', { name: firstName })}</option>
    </select>
  );
}
