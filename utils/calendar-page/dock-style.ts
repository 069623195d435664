/** Styles of the dock's shadow root: the look of the calendar's own side panels. */
export const DOCK_CSS = `
:host { all: initial; }
.dock {
  box-sizing: border-box; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000;
  display: flex; flex-direction: column;
  background: #fff; border-left: 1px solid #dadce0; box-shadow: -2px 0 6px rgb(60 64 67 / 15%);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124;
}
.dock[hidden], .offer[hidden] { display: none; }
.handle {
  position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: col-resize; z-index: 1;
}
.handle:hover, .handle:focus-visible, .resizing .handle { background: rgb(26 115 232 / 35%); outline: none; }
.bar {
  display: flex; align-items: center; gap: 4px; height: 40px; padding: 0 6px 0 14px; flex: none;
  border-bottom: 1px solid #dadce0;
}
.brand { flex: 1; font-weight: 600; font-size: 13px; color: #3c4043; letter-spacing: .2px; }
button {
  font: inherit; color: inherit; background: none; border: 0; border-radius: 50%; cursor: pointer;
  width: 32px; height: 32px; font-size: 20px; line-height: 1;
}
button:hover { background: #f1f3f4; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
iframe { flex: 1; width: 100%; border: 0; background: #fff; }
.resizing iframe { pointer-events: none; }
.expand { display: none; }
.collapsed .bar, .collapsed .handle { display: none; }
.collapsed iframe { visibility: hidden; position: absolute; width: 1px; height: 1px; }
.collapsed .expand {
  display: block; width: 100%; height: 100%; border-radius: 0; font-size: 13px; font-weight: 600; color: #1a73e8;
}
.collapsed .expand span { display: inline-block; writing-mode: vertical-rl; }
.offer {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: auto; height: auto;
  padding: 8px 14px; border-radius: 18px; font: 500 13px/1.2 system-ui, sans-serif;
  background: #fff; color: #1a73e8; border: 1px solid #dadce0; box-shadow: 0 1px 3px rgb(60 64 67 / 30%);
}
`;
