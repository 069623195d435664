/**
 * Styles of the delete warning's shadow root: calm, readable, above everything
 * on the page; light or dark as the calendar page shows itself (page-theme.ts).
 */
export const WARNING_CSS = `
:host { all: initial; color-scheme: light dark; }
:host(.light) { color-scheme: light; }
:host(.dark) { color-scheme: dark; }
.backdrop { position: fixed; inset: 0; z-index: 2147483600; background: rgb(32 33 36 / 45%); }
.dialog {
  position: fixed; z-index: 2147483601; left: 50%; top: 18vh; transform: translateX(-50%);
  box-sizing: border-box; width: min(460px, calc(100vw - 32px)); padding: 22px 24px 18px;
  background: light-dark(#fff, #2d2e31); color: light-dark(#202124, #e8eaed); border-radius: 12px; box-shadow: 0 12px 40px rgb(0 0 0 / 30%);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.dialog.series { border-top: 6px solid #b3261e; }
h2 { margin: 0 0 10px; font-size: 18px; line-height: 1.3; font-weight: 600; }
p { margin: 0 0 10px; }
.facts, .reason-label { color: light-dark(#3c4043, #bdc1c6); }
.series .why { font-weight: 600; color: light-dark(#8c1d18, #f2b8b5); }
.reason-label { display: block; margin: 12px 0 16px; font-size: 13px; }
.muted { color: light-dark(#5f6368, #bdc1c6); }
.reason {
  display: block; box-sizing: border-box; width: 100%; margin-top: 4px; padding: 7px 9px;
  font: inherit; border: 1px solid light-dark(#9aa0a6, #5f6368); border-radius: 6px;
  background: light-dark(#fff, #202124); color: inherit;
}
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  font: 500 14px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 10px 16px;
  border-radius: 18px; cursor: pointer; border: 1px solid light-dark(#9aa0a6, #5f6368);
  background: light-dark(#fff, #2d2e31); color: inherit;
}
button.move { background: light-dark(#1a73e8, #8ab4f8); border-color: light-dark(#1a73e8, #8ab4f8); color: light-dark(#fff, #202124); }
button.delete { color: light-dark(#b3261e, #f2b8b5); border-color: light-dark(#e8b4b0, #8c1d18); }
button:hover { filter: brightness(0.96); }
button:focus-visible, .reason:focus-visible { outline: 3px solid light-dark(#174ea6, #8ab4f8); outline-offset: 2px; }
`;
