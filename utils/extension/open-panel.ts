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
 * now, today's list). Both need a user gesture (a click, the keyboard command), and only
 * while the handler has not yet awaited anything: nothing is awaited before they are asked.
 * Rejects where neither exists or the browser refused.
 */
export async function openNotesBeside(tabId: number, target?: PanelTarget): Promise<void> {
  const firefox = (browser as unknown as Sidebar).sidebarAction;
  const path = sidePanelPath(tabId, target);
  if (firefox) return inSidebar(firefox, firefox.open(), tabId, target);
  if (!browser.sidePanel) throw new Error('no side panel');
  // Both asked at once, in this order: in the service worker the gesture lasts only while the
  // listener runs (an await in between and Chrome refuses to open).
  const setting = browser.sidePanel.setOptions({ tabId, path, enabled: true });
  const opening = browser.sidePanel.open({ tabId });
  await Promise.all([setting, opening]);
}

/** Firefox's sidebar, asked to open already, given the tab's page. */
async function inSidebar(
  firefox: NonNullable<Sidebar['sidebarAction']>,
  opening: Promise<void>,
  tabId: number,
  target?: PanelTarget,
): Promise<void> {
  await firefox.setPanel({ tabId, panel: browser.runtime.getURL(`/${sidePanelPath(tabId, target)}`) });
  await opening;
}

/**
 * A click in an extension page (the popup, the people page), or a reminder clicked, opens notes
 * beside the tab the user is on (`front`: the tab in front of this page's window; the
 * background, which has none, asks for the last focused one): a 1:1's, or with none given what
 * the panel finds itself (the call in the tab). Where that cannot be, in a tab of their own.
 * Firefox's sidebar is asked to open before anything is awaited (it must be, within the click);
 * Chrome's side panel still may after a short wait. Resolves to where they opened.
 */
export async function openNotes(
  target?: PanelTarget,
  front: { currentWindow: true } | { lastFocusedWindow: true } = { currentWindow: true },
): Promise<'beside' | 'tab'> {
  const firefox = (browser as unknown as Sidebar).sidebarAction;
  const opening = firefox?.open();
  let tabId: number | undefined;
  try {
    tabId = (await browser.tabs.query({ active: true, ...front }))[0]?.id;
    if (tabId === undefined) throw new Error('no tab');
    if (firefox && opening) await inSidebar(firefox, opening, tabId, target);
    else await openNotesBeside(tabId, target);
    return 'beside';
  } catch {
    const url = target ? fullTabUrl(target) : browser.runtime.getURL(`/${sidePanelPath(tabId ?? 0)}`);
    await browser.tabs.create({ url });
    return 'tab';
  }
}

/**
 * The toolbar popup closes once it opened something elsewhere; the same page opened in a tab of
 * its own (a bookmark, a test) stays: closing it would take the side panel just opened for it along.
 */
export async function closeIfPopup(): Promise<void> {
  if (!(await browser.tabs.getCurrent())) window.close();
}
