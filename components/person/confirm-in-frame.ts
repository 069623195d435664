/**
 * Destructive or sending actions in the docked panel (issue 17.10). There the calendar
 * page frames us and can fade, cover or move the frame so that the user clicks a button
 * they cannot see. The browser's own dialog is drawn by the browser above the page: the
 * page can neither hide, restyle nor answer it. In a tab or side panel of our own no page
 * is around us, and nothing is asked.
 */
export function confirmedByUser(question: string): boolean {
  if (window.top === window) return true;
  return window.confirm(question);
}
