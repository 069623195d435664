/** What a person wants from 1:1s, in the catalogue's words. */
import type { Want } from '../db/records';
import { i18n } from '#i18n';

export function wantLabel(want: Want): string {
  return i18n.t(`wants.${want === 'technical growth' ? 'technicalGrowth' : want}`);
}
