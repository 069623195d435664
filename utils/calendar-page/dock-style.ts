/**
 * Styles of the dock's shadow root: the look of the calendar's own side panels.
 * Light or dark as the calendar page shows itself (page-theme.ts sets the
 * host's class), else as the system; the iframe carries the same scheme to the panel.
 */
export const DOCK_CSS = `
:host { all: initial; color-scheme: light dark; }
:host(.light) { color-scheme: light; }
:host(.dark) { color-scheme: dark; }
.dock {
  box-sizing: border-box; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000;
  display: flex; flex-direction: column;
  background: light-dark(#fff, #202124); border-left: 1px solid light-dark(#dadce0, #5f6368); box-shadow: -2px 0 6px rgb(0 0 0 / 15%);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: light-dark(#202124, #e8eaed);
}
.dock[hidden], .offer[hidden] { display: none; }
.handle {
  position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: col-resize; z-index: 1;
}
.handle:hover, .handle:focus-visible, .resizing .handle { background: rgb(26 115 232 / 35%); outline: none; }
.bar {
  display: flex; align-items: center; gap: 4px; height: 40px; padding: 0 6px 0 14px; flex: none;
  border-bottom: 1px solid light-dark(#dadce0, #5f6368);
}
.brand { flex: 1; font-weight: 600; font-size: 13px; letter-spacing: .2px; }
button {
  font: inherit; color: inherit; background: none; border: 0; border-radius: 50%; cursor: pointer;
  width: 32px; height: 32px; font-size: 20px; line-height: 1;
}
button:hover { background: light-dark(#f1f3f4, #3c4043); }
button:focus-visible { outline: 2px solid light-dark(#1a73e8, #8ab4f8); outline-offset: 1px; }
.label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
iframe { flex: 1; width: 100%; border: 0; background: light-dark(#fff, #202124); }
.resizing iframe { pointer-events: none; }
.expand { display: none; }
.collapsed .bar, .collapsed .handle { display: none; }
.collapsed iframe { visibility: hidden; position: absolute; width: 1px; height: 1px; }
.collapsed .expand {
  display: block; width: 100%; height: 100%; border-radius: 0; font-size: 13px; font-weight: 600; color: light-dark(#1a73e8, #8ab4f8);
}
.collapsed .expand span { display: inline-block; writing-mode: vertical-rl; }
.offer {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: auto; height: auto;
  padding: 8px 14px; border-radius: 18px; font: 500 13px/1.2 system-ui, sans-serif;
  background: light-dark(#fff, #202124); color: light-dark(#1a73e8, #8ab4f8); border: 1px solid light-dark(#dadce0, #5f6368);
  box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
}
`;
