/**
 * The browser saves the form state of every frame for session restore, in plain
 * text on disk: encrypted notes would leak that way. Every text field of ours
 * opts out with autocomplete="off" (issue 17.2; tests/e2e/notes-on-disk.spec.ts
 * proves it on a real profile). This keeps a new field from forgetting it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx$/.test(entry.name) ? [full] : [];
  });
}

/** Each `<input …>` or `<textarea …>` opening tag (JSX braces counted, so `=>` inside handlers does not end it). */
function fieldsOf(text: string): string[] {
  const fields: string[] = [];
  for (const match of text.matchAll(/<(input|textarea)\b/g)) {
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '>' && depth === 0) break;
    }
    fields.push(text.slice(match.index, end + 1));
  }
  return fields;
}

describe('form fields', () => {
  it('none of them is restorable form state', () => {
    const files = ROOTS.flatMap(sources);
    const fields = files.flatMap((file) => fieldsOf(readFileSync(file, 'utf8')).map((field) => ({ file, field })));
    expect(fields.length).toBeGreaterThan(15);
    const restorable = fields.filter(({ field }) => !/autocomplete=/.test(field)).map(({ file, field }) => `${file}: ${field}`);
    expect(restorable).toEqual([]);
  });
});
