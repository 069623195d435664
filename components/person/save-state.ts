/** What a save state says, the same for every field that saves as you type. */
import type { SaveState } from '@/utils/extension/autosave';
import { i18n } from '#i18n';

export function saveStateText(state: SaveState): string {
  if (state === 'saved') return i18n.t('save.saved');
  if (state === 'failed') return i18n.t('save.failed');
  return i18n.t('save.saving');
}
