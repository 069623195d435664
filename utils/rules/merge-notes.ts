/**
 * Two places typed into the same notes at once. Nobody's words may be lost,
 * and the user must see that both were kept: the other window's text stays as
 * it is, and ours follows under a marker.
 */

export const CONCURRENT_MARKER = '— Typed at the same time in another window; both kept —';

/** `base` is what this window started from, `theirs` what is stored now, `mine` what this window has. */
export function mergeConcurrent(base: string, theirs: string, mine: string): string {
  if (theirs === base || theirs === mine) return mine;
  if (mine === base) return theirs;
  // Usually both added to the same text: keep only what this window added.
  const added = mine.startsWith(base) ? mine.slice(base.length).trim() : mine.trim();
  if (!added || theirs.includes(added)) return theirs;
  return `${theirs.trimEnd()}\n\n${CONCURRENT_MARKER}\n${added}`;
}
