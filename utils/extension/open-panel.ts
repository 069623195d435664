import { browser } from 'wxt/browser';

type Sidebar = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the notes beside the call: Chrome's side panel for the tab, or
 * Firefox's sidebar. Both need a user gesture (a click, the keyboard command).
 */
export async function openCallNotes(tabId: number): Promise<void> {
  const firefox = (browser as unknown as Sidebar).sidebarAction;
  if (firefox) return firefox.open();
  await browser.sidePanel.open({ tabId });
}
