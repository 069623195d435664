/**
 * The dock's own DOM on the calendar page: a host element beside <body> (the
 * calendar re-renders body's containers and drops foreign children), a closed
 * shadow root for our styles (the page can neither reach the iframe nor press
 * our buttons), a resize handle, collapse and close buttons, and the iframe of
 * panel.html. Nothing here ever holds a note: notes live in the
 * iframe, which is the extension's origin and unreadable by the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOCK_WIDTH, type DockPreferences } from '@/utils/protocol/dock-size';
import { releaseRoom, reserveRoom } from './page-room';
import { matchPageTheme, type PageTheme } from './page-theme';
import { byUser, element, shadowWithSheet } from '@/utils/content/build-dom';
import { browser } from 'wxt/browser';
import { i18n } from '@/utils/rules/page-i18n';
import { panelHash, panelTargetOf, type PanelTarget } from '@/utils/protocol/panel-link';
import type { CalendarEvent } from '@/utils/sites/calendars/types';
import { DOCK_TAG } from './hosts';

const COLLAPSED_WIDTH = 36;
const KEY_STEP = 24;
const WARM_UP_LIMIT_MS = 3000;

export interface DockFrame {
  /** Loads the panel page while the dock is hidden, so the first 1:1 opens without waiting for it. */
  warmUp(url: string): void;
  /** Takes the calendar page's light or dark theme (for the panel too: it goes in the panel's URL). */
  matchTheme(): PageTheme | undefined;
  /** Shows the dock with the panel at this URL (only the hash changes between 1:1s). */
  show(url: string): void;
  hide(): void;
  isShown(): boolean;
  /** A small button that offers to treat the open event as a 1:1. */
  offer(onAccept: () => void): void;
  withdrawOffer(): void;
  destroy(): void;
}

export interface DockCallbacks {
  onPreferences(preferences: DockPreferences): void;
  onClose(): void;
}

export function createDockFrame(ctx: ContentScriptContext, initial: DockPreferences, callbacks: DockCallbacks): DockFrame {
  let preferences = { ...initial };
  const host = document.createElement(DOCK_TAG);
  const labelled = (text: string) => element('span', { class: 'label' }, text);
  const glyph = (text: string) => element('span', { 'aria-hidden': 'true' }, text);
  const handle = element('div', {
    class: 'handle',
    role: 'separator',
    'aria-orientation': 'vertical',
    'aria-label': i18n.t('dock.resize'),
    tabindex: '0',
    'aria-valuemin': String(DOCK_WIDTH.min),
    'aria-valuemax': String(DOCK_WIDTH.max),
  });
  const collapse = element(
    'button',
    { type: 'button', class: 'collapse', 'aria-expanded': 'true', title: i18n.t('dock.collapse') },
    glyph('›'),
    labelled(i18n.t('dock.collapseLabel')),
  );
  const close = element(
    'button',
    { type: 'button', class: 'close', title: i18n.t('dock.close') },
    glyph('×'),
    labelled(i18n.t('dock.closeLabel')),
  );
  const expand = element(
    'button',
    { type: 'button', class: 'expand', 'aria-expanded': 'false' },
    element('span', {}, i18n.t('dock.expand')),
  );
  const iframe = element('iframe', { title: i18n.t('dock.frameTitle'), allow: 'clipboard-write' });
  const dock = element(
    'aside',
    { class: 'dock', part: 'dock', 'aria-label': i18n.t('dock.label'), hidden: '' },
    handle,
    element('div', { class: 'bar' }, element('span', { class: 'brand' }, i18n.t('dock.brand')), collapse, close),
    expand,
    iframe,
  );
  const offerButton = element('button', { type: 'button', class: 'offer', hidden: '' }, i18n.t('dock.offer'));
  // The look of the dock is components/public/dock.css.
  shadowWithSheet(host, browser.runtime.getURL('/dock.css'), dock, offerButton);
  let onOffer: (() => void) | undefined;
  document.documentElement.append(host);

  const layout = () => {
    if (dock.hidden) return releaseRoom();
    const width = preferences.collapsed ? COLLAPSED_WIDTH : preferences.width;
    dock.style.width = `${width}px`;
    dock.classList.toggle('collapsed', preferences.collapsed);
    handle.setAttribute('aria-valuenow', String(preferences.width));
    reserveRoom(width);
  };
  const update = (changes: Partial<DockPreferences>) => {
    preferences = { ...preferences, ...changes };
    layout();
    callbacks.onPreferences(preferences);
  };
  const clampWidth = (width: number) => {
    const roomiest = Math.max(DOCK_WIDTH.min, Math.min(DOCK_WIDTH.max, window.innerWidth * 0.6));
    return Math.round(Math.max(DOCK_WIDTH.min, Math.min(roomiest, width)));
  };

  // The user's own clicks and keys only (utils/content/build-dom.ts): the page cannot work the dock.
  ctx.addEventListener(
    collapse,
    'click',
    byUser(() => update({ collapsed: true })),
  );
  ctx.addEventListener(
    expand,
    'click',
    byUser(() => update({ collapsed: false })),
  );
  ctx.addEventListener(
    close,
    'click',
    byUser(() => callbacks.onClose()),
  );
  ctx.addEventListener(
    offerButton,
    'click',
    byUser(() => onOffer?.()),
  );

  // Resizing: drag the left edge, or use the arrow keys on it.
  ctx.addEventListener(handle, 'pointerdown', (event) => {
    const down = event as PointerEvent;
    handle.setPointerCapture(down.pointerId);
    dock.classList.add('resizing');
  });
  ctx.addEventListener(handle, 'pointermove', (event) => {
    const move = event as PointerEvent;
    if (!handle.hasPointerCapture(move.pointerId)) return;
    preferences = { ...preferences, width: clampWidth(window.innerWidth - move.clientX) };
    layout();
  });
  const endDrag = (event: Event) => {
    const up = event as PointerEvent;
    if (!handle.hasPointerCapture(up.pointerId)) return;
    handle.releasePointerCapture(up.pointerId);
    dock.classList.remove('resizing');
    update({});
  };
  ctx.addEventListener(handle, 'pointerup', endDrag);
  ctx.addEventListener(handle, 'pointercancel', endDrag);
  ctx.addEventListener(
    handle,
    'keydown',
    byUser((event) => {
      const key = (event as KeyboardEvent).key;
      const widths: Record<string, number> = {
        ArrowLeft: preferences.width + KEY_STEP,
        ArrowRight: preferences.width - KEY_STEP,
        Home: DOCK_WIDTH.min,
        End: DOCK_WIDTH.max,
      };
      const width = widths[key];
      if (width === undefined) return;
      event.preventDefault();
      update({ width: clampWidth(width) });
    }),
  );

  /** The warm-up load in flight, and the 1:1 to show once it is in. */
  let warming = false;
  let pendingUrl: string | undefined;
  /** Where the panel is: `iframe.src` keeps its first value once navigate() has replaced it. */
  let current = '';
  /**
   * Points the panel at another 1:1 without a new entry in the tab's history: a
   * new `src` would add one each time, and Back would step through our panel
   * instead of the calendar. The first load of the frame replaces about:blank anyway.
   */
  const navigate = (url: string) => {
    if (url === current) return;
    const loaded = current !== '' ? iframe.contentWindow : null;
    current = url;
    try {
      if (loaded) return void loaded.location.replace(url);
    } catch {
      // A frame we cannot reach: set its address, as before.
    }
    iframe.src = url;
  };
  const warmedUp = () => {
    if (!warming) return;
    warming = false;
    if (pendingUrl) navigate(pendingUrl);
    pendingUrl = undefined;
  };
  ctx.addEventListener(iframe, 'load', warmedUp);

  return {
    matchTheme: () => matchPageTheme(host),
    warmUp(url) {
      if (current) return;
      warming = true;
      navigate(url);
      // A load that never reports must not hold the first 1:1 back.
      ctx.setTimeout(warmedUp, WARM_UP_LIMIT_MS);
    },
    show(url) {
      // A 1:1 opened while the warm-up is still loading waits for it: the hash goes to a loaded panel.
      if (warming) pendingUrl = url;
      else navigate(url);
      if (dock.hidden) {
        dock.hidden = false;
        layout();
      }
    },
    hide() {
      dock.hidden = true;
      releaseRoom();
    },
    isShown: () => !dock.hidden,
    offer(accept) {
      onOffer = accept;
      offerButton.hidden = false;
    },
    withdrawOffer() {
      onOffer = undefined;
      offerButton.hidden = true;
    },
    destroy() {
      host.remove();
      releaseRoom();
    },
  };
}

/** The panel's address for a 1:1: the occurrence, the person and the page's theme in its hash. */
export function panelUrl(event: CalendarEvent, counterpart: PanelTarget['counterpart'], theme: PageTheme | undefined): string {
  const target = panelTargetOf(event, counterpart);
  if (theme) target.theme = theme;
  return `${browser.runtime.getURL('/panel.html')}#${panelHash(target)}`;
}
