/**
 * Elements built from parts, never from HTML text, for what the content scripts
 * draw on the calendar and call pages: a name or title from the page, or any
 * string from the catalogue, can only ever be text.
 */
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

/** An open shadow root on `host` holding this style sheet (as text) and these children. */
export function shadowOf(host: HTMLElement, css: string, ...children: Node[]): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.append(element('style', {}, css), ...children);
  return root;
}

/** How long an unstyled host may wait for its sheet before it shows anyway. */
const SHEET_WAIT_MS = 1000;

/**
 * An open shadow root on `host` styled by one of the extension's own style sheets
 * (web-accessible on the calendar pages), so the content script does not carry its
 * CSS. Until the sheet is in (a few milliseconds: it comes from the extension's
 * files), the host is invisible and out of the page's layout; its children can
 * already take focus.
 */
export function shadowWithSheet(host: HTMLElement, href: string, ...children: Node[]): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const sheet = element('link', { rel: 'stylesheet', href });
  host.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  const styled = () => host.removeAttribute('style');
  sheet.addEventListener('load', styled);
  sheet.addEventListener('error', styled);
  setTimeout(styled, SHEET_WAIT_MS);
  root.append(sheet, ...children);
  return root;
}
