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

/** An open shadow root on `host` holding our style sheet and these children. */
export function shadowOf(host: HTMLElement, css: string, ...children: Node[]): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style, ...children);
  return root;
}
