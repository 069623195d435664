/**
 * Writing Markdown in a plain text box, the way editors do it: Ctrl/Cmd+B and +I wrap the
 * selection, Enter continues a list (a checkbox line starts the next one unticked), Enter on
 * an empty item ends the list; and the checkbox lines that can become commitments. Pure: the
 * box applies each edit itself (components/person/NotesEditor.tsx), so undo keeps working.
 */

/** Replace [from, to) with `insert`, then select [select[0], select[1]). */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  select: [number, number];
}

/** Wraps the selection in a marker ("**" bold, "_" italic); with none, places the cursor between two. */
export function wrapSelection(text: string, start: number, end: number, marker: string): TextEdit {
  const chosen = text.slice(start, end);
  return {
    from: start,
    to: end,
    insert: `${marker}${chosen}${marker}`,
    select: [start + marker.length, end + marker.length],
  };
}

const LIST_LINE = /^(\s*)([-*+]|(\d+)[.)])(\s+)(\[[ xX]\]\s+)?(.*)$/;

/** Enter at the end of a list line: the next item, or the list's end when this one is empty. Undefined: a plain Enter. */
export function continueList(text: string, cursor: number): TextEdit | undefined {
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const lineEnd = text.indexOf('\n', cursor);
  if ((lineEnd === -1 ? text.length : lineEnd) !== cursor) return undefined;
  const match = LIST_LINE.exec(text.slice(lineStart, cursor));
  if (!match) return undefined;
  const [, indent = '', bullet = '', number, space = ' ', task, content = ''] = match;
  if (!content.trim()) return { from: lineStart, to: cursor, insert: '', select: [lineStart, lineStart] };
  const next = number === undefined ? bullet : `${Number(number) + 1}${bullet.slice(-1)}`;
  const insert = `\n${indent}${next}${space}${task ? '[ ] ' : ''}`;
  return { from: cursor, to: cursor, insert, select: [cursor + insert.length, cursor + insert.length] };
}

export interface NoteTask {
  /** The line as written after its checkbox: "Sam: send the doc". */
  line: string;
  text: string;
  owner: 'me' | 'them';
}

const OPEN_TASK = /^\s*(?:[-*+]|\d+[.)])?\s*\[ \]\s+(.+?)\s*$/;
const MINE = /^(me|i|myself|ich|moi|yo|eu|私)\s*:\s*/i;

/**
 * The unticked checkbox lines of a note ("- [ ] Sam: send the doc"), with whose they are:
 * theirs when the line starts with their first name and a colon, else the user's ("Me: …",
 * or no name). Each line once.
 */
export function openTasks(notes: string, firstName: string): NoteTask[] {
  const theirs = new RegExp(`^${firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*`, 'i');
  const seen = new Set<string>();
  const tasks: NoteTask[] = [];
  for (const raw of notes.split('\n')) {
    const line = OPEN_TASK.exec(raw)?.[1];
    if (!line || seen.has(line)) continue;
    seen.add(line);
    if (firstName && theirs.test(line)) tasks.push({ line, text: line.replace(theirs, ''), owner: 'them' });
    else tasks.push({ line, text: line.replace(MINE, ''), owner: 'me' });
  }
  return tasks.filter((task) => task.text.length > 0);
}
