/** Small DOM readers shared by the adapters. Pure functions of the DOM. */
import type { CalendarEvent, ScopeChoice } from './types';

/**
 * Whether an element is shown. Calendar pages keep hidden leftovers of their
 * dialogs around; layout is not available in unit tests, so this reads the
 * attributes and inline styles that hide things.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** The last shown element matching the selector (the newest of reused dialogs). */
export function lastShown(root: ParentNode, selector: string): Element | null {
  const all = [...root.querySelectorAll(selector)].filter(isShown);
  return all.at(-1) ?? null;
}

/** Visible text, with runs of whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text split into the lines its block children form. */
export function linesOf(element: Element | null | undefined): string[] {
  if (!element) return [];
  const blocks = [...element.children].map((child) => textOf(child)).filter(Boolean);
  return blocks.length > 0 ? blocks : [textOf(element)].filter(Boolean);
}

export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const VIDEO_HOSTS =
  /^https:\/\/(meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|teams\.cloud\.microsoft|[\w-]+\.zoom\.us|zoom\.us|[\w-]+\.webex\.com|whereby\.com)\//;

/** The first link to a video call inside the given elements. */
export function videoLinkIn(...roots: (Element | null)[]): string | undefined {
  for (const root of roots) {
    if (!root) continue;
    for (const link of root.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (VIDEO_HOSTS.test(href)) return href;
    }
  }
  return undefined;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function isEmail(value: string | null | undefined): value is string {
  return typeof value === 'string' && EMAIL.test(value);
}

/** The button-like control an event target is in (a click on an icon inside a button is a click on the button). */
export function controlOf(target: Element): Element | null {
  return target.closest('button, [role="button"], [role="menuitem"], [role="menuitemradio"]');
}

/** What a control is called: its aria-label, else its title, else its text. */
export function nameOf(control: Element): string {
  return (control.getAttribute('aria-label') ?? control.getAttribute('title') ?? textOf(control)).trim();
}

/** Somewhere the user types: keys pressed there belong to the text, never to a shortcut. */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest('[contenteditable=""], [contenteditable="true"], textarea, select, [role="textbox"], [role="combobox"]')) return true;
  const input = element.closest('input');
  return input !== null && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((input as HTMLInputElement).type);
}

/** The index of the checked radio among its group (0 = the first option), or -1. */
export function checkedRadioIndex(group: Element): number {
  const radios = [...group.querySelectorAll('input[type="radio"], [role="radio"]')];
  return radios.findIndex((radio) =>
    // Compared by tag, not instanceof: unit tests read documents from another realm.
    radio.tagName === 'INPUT' ? (radio as HTMLInputElement).checked : radio.getAttribute('aria-checked') === 'true',
  );
}

/**
 * The scope chosen in a page's own "which occurrences?" dialog, when `target`
 * is in the control that confirms it; else null. The options come in the same
 * order on every calendar: this one, this and following, all of them.
 */
export function scopeConfirmedBy(target: Element, dialogSelector: string, isConfirm: (control: Element) => boolean): ScopeChoice | null {
  const control = controlOf(target);
  const group = control ? scopeDialogOf(control, dialogSelector)?.querySelector('[role="radiogroup"]') : null;
  if (!control || !group || !isConfirm(control)) return null;
  return { series: checkedRadioIndex(group) > 0 };
}

/** The nearest dialog or pane around a control that holds the "which occurrences?" choice. */
export function scopeDialogOf(control: Element, dialogSelector: string): Element | null {
  for (let node = control.closest(dialogSelector); node; node = node.parentElement?.closest(dialogSelector) ?? null) {
    if (node.querySelector('[role="radiogroup"]')) return node;
  }
  return null;
}

/** Closes a dialog the way a user would without choosing: its cancel button if there is one, else Escape. */
export function dismissDialog(dialog: Element | null, cancel: Element | null | undefined): void {
  if (!dialog) return;
  if (cancel) {
    (cancel as HTMLElement).click();
    return;
  }
  const view = dialog.ownerDocument.defaultView;
  if (view) dialog.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
}

/** The events read, each key once (a page may draw one event twice: a stacked chip, a multi-day one). */
export function onlyOnce(events: (CalendarEvent | null)[]): CalendarEvent[] {
  const seen = new Map<string, CalendarEvent>();
  for (const event of events) if (event && !seen.has(event.key)) seen.set(event.key, event);
  return [...seen.values()];
}
