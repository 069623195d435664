/** What went wrong, in the user's words: the data layer's codes (utils/db/errors.ts) translated here. */
import { DataError, type DataErrorCode } from '@/utils/db/errors';
import { i18n } from '#i18n';

const WORDS: Record<DataErrorCode, () => string> = {
  locked: () => i18n.t('lockErrors.locked'),
  'unopened-write': () => i18n.t('lockErrors.unopenedWrite'),
  moving: () => i18n.t('lockErrors.moving'),
  'meeting-gone': () => i18n.t('person.meetingGone'),
};

export function errorText(error: unknown): string {
  if (error instanceof DataError) return WORDS[error.code]();
  return error instanceof Error ? error.message : String(error);
}
