/**
 * Makes room for the dock the way the calendar's own side panels do: the page
 * is narrowed so its content reflows to the left of the dock, and nothing of
 * the calendar (events, buttons, dialogs) sits underneath it.
 *
 * The page's body becomes the containing block of its own fixed-position
 * layers (`contain: layout`), so dialogs the calendar pins to the viewport are
 * narrowed too. Our style lives outside <body>, which the calendar re-renders.
 */
const STYLE_ID = 'one-on-one-companion-room';

export function reserveRoom(width: number): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.documentElement.append(style);
  }
  const css = `html > body { width: calc(100% - ${Math.round(width)}px) !important; min-width: 0 !important; contain: layout !important; }`;
  if (style.textContent !== css) {
    style.textContent = css;
    // The calendar lays itself out on resize: tell it its space changed.
    window.dispatchEvent(new Event('resize'));
  }
}

export function releaseRoom(): void {
  const style = document.getElementById(STYLE_ID);
  if (!style) return;
  style.remove();
  window.dispatchEvent(new Event('resize'));
}
