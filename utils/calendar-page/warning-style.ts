/** Styles of the delete warning's shadow root: calm, readable, above everything on the page. */
export const WARNING_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483600; background: rgb(32 33 36 / 45%); }
.dialog {
  position: fixed; z-index: 2147483601; left: 50%; top: 18vh; transform: translateX(-50%);
  box-sizing: border-box; width: min(460px, calc(100vw - 32px)); padding: 22px 24px 18px;
  background: #fff; color: #202124; border-radius: 12px; box-shadow: 0 12px 40px rgb(0 0 0 / 30%);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.dialog.series { border-top: 6px solid #b3261e; }
h2 { margin: 0 0 10px; font-size: 18px; line-height: 1.3; font-weight: 600; }
p { margin: 0 0 10px; }
.facts { color: #3c4043; }
.why { color: #202124; }
.series .why { font-weight: 600; color: #8c1d18; }
.reason-label { display: block; margin: 12px 0 16px; font-size: 13px; color: #3c4043; }
.muted { color: #5f6368; }
.reason {
  display: block; box-sizing: border-box; width: 100%; margin-top: 4px; padding: 7px 9px;
  font: inherit; border: 1px solid #9aa0a6; border-radius: 6px;
}
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  font: 500 14px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 10px 16px;
  border-radius: 18px; cursor: pointer; border: 1px solid #9aa0a6; background: #fff; color: #202124;
}
button.move { background: #1a73e8; border-color: #1a73e8; color: #fff; }
button.delete { color: #b3261e; border-color: #e8b4b0; }
button:hover { filter: brightness(0.96); }
button:focus-visible, .reason:focus-visible { outline: 3px solid #174ea6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #2d2e31; color: #e8eaed; }
  .facts, .reason-label, .muted { color: #bdc1c6; }
  .why { color: #e8eaed; }
  .series .why { color: #f2b8b5; }
  .reason { background: #202124; color: #e8eaed; border-color: #5f6368; }
  button { background: #2d2e31; color: #e8eaed; border-color: #5f6368; }
  button.move { background: #8ab4f8; border-color: #8ab4f8; color: #202124; }
  button.delete { color: #f2b8b5; border-color: #8c1d18; }
  button:focus-visible, .reason:focus-visible { outline-color: #8ab4f8; }
}
`;
