// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONCURRENT_MARKER, mergeConcurrent } from '@/utils/rules/merge-notes';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotesOver } from '@/utils/db/meetings';

describe('mergeConcurrent', () => {
  it('takes the only side that changed', () => {
    expect(mergeConcurrent('a', 'a', 'a b')).toBe('a b');
    expect(mergeConcurrent('a', 'a c', 'a')).toBe('a c');
    expect(mergeConcurrent('a', 'same', 'same')).toBe('same');
  });

  it('keeps both when both typed, visibly, without repeating the common start', () => {
    expect(mergeConcurrent('Agenda:', 'Agenda: from the laptop', 'Agenda: from the side panel')).toBe(
      `Agenda: from the laptop\n\n${CONCURRENT_MARKER}\nfrom the side panel`,
    );
  });

  it('keeps everything when this side rewrote the text', () => {
    expect(mergeConcurrent('old', 'old and theirs', 'entirely new')).toBe(`old and theirs\n\n${CONCURRENT_MARKER}\nentirely new`);
  });
});

describe('two windows saving the same notes', () => {
  let db: CompanionDatabase;
  beforeEach(() => {
    db = new CompanionDatabase(`merge-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("keeps both windows' words, whichever saves last", async () => {
    const { meeting } = await openOccurrence(db, {
      key: 'k',
      seriesKey: 's',
      title: '1:1',
      start: '2026-03-05',
      counterpart: { name: 'Sam' },
    });
    const laptop = saveNotesOver(db, meeting.id, 'notes', 'Typed on the laptop', '');
    const sidePanel = saveNotesOver(db, meeting.id, 'notes', 'Typed in the side panel', '');
    const results = await Promise.all([laptop, sidePanel]);
    const stored = (await db.meetings.get(meeting.id))!.notes;
    expect(stored).toContain('Typed on the laptop');
    expect(stored).toContain('Typed in the side panel');
    expect(stored).toContain(CONCURRENT_MARKER);
    expect(results.map((result) => result.merged)).toEqual([false, true]);
  });
});
