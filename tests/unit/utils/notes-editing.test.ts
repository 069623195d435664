/** Issue 21.2: Markdown written the way editors help with it, and the checkbox lines that become commitments. */
import { describe, expect, it } from 'vitest';
import { continueList, openTasks, wrapSelection } from '@/utils/rules/notes-editing';

const apply = (text: string, edit: { from: number; to: number; insert: string }) =>
  text.slice(0, edit.from) + edit.insert + text.slice(edit.to);

describe('writing Markdown', () => {
  it('wraps the selection for bold and italic, or opens a pair at the cursor', () => {
    expect(apply('a good week', wrapSelection('a good week', 2, 6, '**'))).toBe('a **good** week');
    expect(wrapSelection('a good week', 2, 6, '**').select).toEqual([4, 8]);
    expect(apply('ab', wrapSelection('ab', 1, 1, '_'))).toBe('a__b');
  });

  it('continues a list on Enter, unticked for a checkbox line, numbered for a numbered one; ends it on an empty item', () => {
    const cases: [string, string][] = [
      ['- first', '- first\n- '],
      ['  * nested', '  * nested\n  * '],
      ['- [x] done thing', '- [x] done thing\n- [ ] '],
      ['- [ ] Sam: send the doc', '- [ ] Sam: send the doc\n- [ ] '],
      ['Notes\n9. ninth', 'Notes\n9. ninth\n10. '],
      ['- first\n- ', '- first\n'],
    ];
    for (const [text, expected] of cases) {
      const edit = continueList(text, text.length);
      expect(edit && apply(text, edit), text).toBe(expected);
    }
    // Not at a line's end, or not a list: a plain Enter.
    expect(continueList('- first', 3)).toBeUndefined();
    expect(continueList('plain line', 10)).toBeUndefined();
  });

  it('finds the unticked checkbox lines, theirs when they start with the name', () => {
    const notes = [
      '- [ ] Sam: send the doc',
      '- [x] Sam: already done',
      '* [ ] Me: book the room',
      '[ ] review the plan',
      '- [ ] sam : lowercase name',
      '- [ ] Sam: send the doc',
    ].join('\n');
    expect(openTasks(notes, 'Sam')).toEqual([
      { line: 'Sam: send the doc', text: 'send the doc', owner: 'them' },
      { line: 'Me: book the room', text: 'book the room', owner: 'me' },
      { line: 'review the plan', text: 'review the plan', owner: 'me' },
      { line: 'sam : lowercase name', text: 'lowercase name', owner: 'them' },
    ]);
  });
});
