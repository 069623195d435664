import type { DraftStore } from './autosave';

/** The extension page's localStorage as the autosave journal, or none where the browser denies it. */
export function localDrafts(): DraftStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
