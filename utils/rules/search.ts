/** Search across every note and commitment, in memory: years of 1:1s are a few megabytes of text. */
import type { Commitment, Meeting } from '../db/records';

export interface SearchHit {
  personId: string;
  start: string;
  kind: 'notes' | 'shared' | 'commitment';
  snippet: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Folds every text once, so each query is one pass of `includes`. */
export function buildSearchIndex(meetings: readonly Meeting[], commitments: readonly Commitment[]): SearchIndex {
  const starts = new Map(meetings.map((meeting) => [meeting.id, meeting.start]));
  const entries: { hit: Omit<SearchHit, 'snippet'>; text: string; folded: string }[] = [];
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
        const from = Math.max(0, at - 40);
        const snippet = `${from > 0 ? '…' : ''}${entry.text.slice(from, at + needle.length + 60)}${at + needle.length + 60 < entry.text.length ? '…' : ''}`;
        hits.push({ ...entry.hit, snippet });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
