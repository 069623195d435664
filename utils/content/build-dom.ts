/**
 * Elements built from parts, never from HTML text, for what the content scripts
 * draw on the calendar and call pages: a name or title from the page, or any
 * string from the catalogue, can only ever be text.
 */
import { i18n } from '../rules/page-i18n';

/**
 * Our hosts say which language their text is in (the catalogue the browser served), for screen
 * readers and hyphenation. The catalogue's code as it is, not utils/rules/languages.ts's checked
 * interfaceLanguage(): its language list would cost the content scripts' size budget bytes.
 */
const speak = (host: HTMLElement) => {
  host.lang = i18n.t('language.code');
};
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const built = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) built.setAttribute(name, value);
  built.append(...children);
  return built;
}

/**
 * A closed shadow root on `host` holding this style sheet (as text) and these children.
 * Closed: the page's scripts get no `shadowRoot` to read our text or reach our controls
 * (issue 17.7–8); only we keep the root.
 */
export function shadowOf(host: HTMLElement, css: string, ...children: Node[]): ShadowRoot {
  speak(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(element('style', {}, css), ...children);
  return root;
}

/** How long an unstyled host may wait for its sheet before it shows anyway. */
const SHEET_WAIT_MS = 1000;

/**
 * A closed shadow root (see above) on `host` styled by one of the extension's own style sheets
 * (web-accessible on the calendar pages), so the content script does not carry its
 * CSS. Until the sheet is in (a few milliseconds: it comes from the extension's
 * files), the host is invisible and out of the page's layout; its children can
 * already take focus.
 */
export function shadowWithSheet(host: HTMLElement, href: string, ...children: Node[]): ShadowRoot {
  speak(host);
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = element('link', { rel: 'stylesheet', href });
  host.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  const styled = () => host.removeAttribute('style');
  sheet.addEventListener('load', styled);
  sheet.addEventListener('error', styled);
  setTimeout(styled, SHEET_WAIT_MS);
  root.append(sheet, ...children);
  return root;
}

/**
 * A listener that only the user can set off: the page can dispatch a click or a key
 * at any element it reaches, but such events are never trusted.
 */
export function byUser<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isUserEvent(event)) listener(event);
  };
}

let userEventCheck = (event: Event) => event.isTrusted;

/** Whether the user (not a script) set this event off. */
export function isUserEvent(event: Event): boolean {
  return userEventCheck(event);
}

/**
 * For unit tests only: jsdom never marks a dispatched event trusted, so a test says which of
 * its events stand for the user's. (The page cannot call this: it lives in our isolated world.)
 */
export function setUserEventCheck(check: (event: Event) => boolean): void {
  userEventCheck = check;
}
