/**
 * A structural outline of part of a calendar page, for "Copy a report" when the
 * page changed and we cannot read it: what a developer needs to write a new
 * fixture, and nothing about the user. Kept: tag names, ids, roles, the names
 * of `data-*` attributes and how many classes an element has. Every text,
 * attribute value, title, name and address is replaced by its length. Ids and
 * roles that are not plain words are replaced too (a page could write anything there).
 */

const WORD = /^[A-Za-z][\w-]{0,39}$/;
const MAX_LINES = 400;
const MAX_DEPTH = 40;

export function outlineOf(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (lines.length >= MAX_LINES || depth > MAX_DEPTH) return;
    const parts = [element.tagName.toLowerCase().replace(/[^a-z0-9-]/g, '') || '?'];
    if (element.id) parts.push(WORD.test(element.id) ? `#${element.id}` : '#?');
    const role = element.getAttribute('role');
    if (role) parts.push(`[role=${WORD.test(role) ? role : '?'}]`);
    const label = element.getAttribute('aria-label');
    if (label !== null) parts.push(`[aria-label=(${label.length})]`);
    const data = element
      .getAttributeNames()
      .filter((name) => name.startsWith('data-') && WORD.test(name))
      .sort();
    if (data.length) parts.push(`[${data.join(' ')}]`);
    if (element.classList.length) parts.push(`.×${element.classList.length}`);
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === 3)
      .reduce((length, node) => length + (node.textContent ?? '').trim().length, 0);
    if (text) parts.push(`"(${text})"`);
    lines.push(`${'  '.repeat(depth)}${parts.join(' ')}`);
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= MAX_LINES) lines.push('…');
  return lines.join('\n');
}
