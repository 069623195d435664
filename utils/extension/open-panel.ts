import { browser } from 'wxt/browser';
import { panelHash, type PanelTarget } from '../protocol/panel-link';

type Sidebar = { sidebarAction?: { open(): Promise<void>; setPanel(details: { tabId?: number; panel: string }): Promise<void> } };

/** The side panel's page for a tab, on a 1:1 when one is given (sidepanel.html reads both). */
export function sidePanelPath(tabId: number, target?: PanelTarget): `sidepanel.html${string}` {
  return `sidepanel.html?tab=${tabId}${target ? `#${panelHash(target)}` : ''}`;
}

/** The notes of a 1:1 in a tab of their own: where there is no side panel, or it would not open. */
export function fullTabUrl(target: PanelTarget): string {
  return browser.runtime.getURL(`/panel.html#${panelHash(target)}`);
}

/**
 * Opens the notes beside a tab: Chrome's side panel for that tab, or Firefox's sidebar, on
 * the given 1:1 (else on what the panel finds itself: the call in the tab, the 1:1 happening
 * now, today's list). Both need a user gesture (a click, the keyboard command); Firefox's
 * only while the handler has not yet awaited anything, so its sidebar opens first.
 * Rejects where neither exists or the browser refused.
 */
export async function openNotesBeside(tabId: number, target?: PanelTarget): Promise<void> {
  const firefox = (browser as unknown as Sidebar).sidebarAction;
  const path = sidePanelPath(tabId, target);
  if (firefox) {
    const opening = firefox.open();
    await firefox.setPanel({ tabId, panel: browser.runtime.getURL(`/${path}`) });
    return opening;
  }
  if (!browser.sidePanel) throw new Error('no side panel');
  await browser.sidePanel.setOptions({ tabId, path, enabled: true });
  await browser.sidePanel.open({ tabId });
}

/**
 * A click in an extension page (the popup, the people page) opens a 1:1's notes beside the tab
 * the user is on; where that cannot be, in a tab of their own. Resolves to where they opened.
 */
export async function openNotes(target: PanelTarget): Promise<'beside' | 'tab'> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no tab');
    await openNotesBeside(tab.id, target);
    return 'beside';
  } catch {
    await browser.tabs.create({ url: fullTabUrl(target) });
    return 'tab';
  }
}
