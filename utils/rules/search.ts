/** Search across every note and commitment, in memory: years of 1:1s are a few megabytes of text. */
import type { Commitment, Meeting } from '../db/records';

export interface SearchHit {
  personId: string;
  start: string;
  kind: 'notes' | 'shared' | 'commitment';
  snippet: string;
  /** Where the query stands in the snippet, for highlighting: [from, to) in its characters. */
  match: [number, number];
}

/**
 * Where a folded needle stands in the original text: each character folded on its own (an
 * accent gone, a ligature become two letters), so the range is the original's.
 */
export function originalRange(text: string, needle: string): [number, number] | undefined {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const piece = fold(char);
    for (let unit = 0; unit < piece.length; unit++) origin.push(index);
    folded += piece;
    index += char.length;
  }
  origin.push(text.length);
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  const last = origin[at + needle.length - 1]!;
  let end = last + String.fromCodePoint(text.codePointAt(last)!).length;
  // The accents that fold away belong to the letter before them.
  while (end < text.length && fold(String.fromCodePoint(text.codePointAt(end)!)) === '')
    end += String.fromCodePoint(text.codePointAt(end)!).length;
  return [origin[at]!, end];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Folds every text once, so each query is one pass of `includes`. */
export function buildSearchIndex(meetings: readonly Meeting[], commitments: readonly Commitment[]): SearchIndex {
  const starts = new Map(meetings.map((meeting) => [meeting.id, meeting.start]));
  const entries: { hit: Omit<SearchHit, 'snippet' | 'match'>; text: string; folded: string }[] = [];
  for (const meeting of meetings) {
    if (meeting.notes)
      entries.push({
        hit: { personId: meeting.personId, start: meeting.start, kind: 'notes' },
        text: meeting.notes,
        folded: fold(meeting.notes),
      });
    if (meeting.shared)
      entries.push({
        hit: { personId: meeting.personId, start: meeting.start, kind: 'shared' },
        text: meeting.shared,
        folded: fold(meeting.shared),
      });
  }
  for (const commitment of commitments) {
    entries.push({
      hit: { personId: commitment.personId, start: starts.get(commitment.meetingId) ?? commitment.createdAt, kind: 'commitment' },
      text: commitment.text,
      folded: fold(commitment.text),
    });
  }
  entries.sort((a, b) => b.hit.start.localeCompare(a.hit.start));
  return {
    search(query, limit = 50) {
      const needle = fold(query.trim());
      if (needle.length < 2) return [];
      const hits: SearchHit[] = [];
      for (const entry of entries) {
        const at = entry.folded.indexOf(needle);
        if (at < 0) continue;
        // The window around the hit, in the original's characters (folding may change lengths).
        const [start, end] = originalRange(entry.text, needle) ?? [at, at + needle.length];
        const from = Math.max(0, start - 40);
        const to = Math.min(entry.text.length, end + 60);
        const lead = from > 0 ? '…' : '';
        const snippet = `${lead}${entry.text.slice(from, to)}${to < entry.text.length ? '…' : ''}`;
        hits.push({ ...entry.hit, snippet, match: [lead.length + start - from, lead.length + end - from] });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
