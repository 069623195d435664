/**
 * The dock's own DOM on the calendar page: a host element beside <body> (the
 * calendar re-renders body's containers and drops foreign children), an open
 * shadow root for our styles, a resize handle, collapse and close buttons, and
 * the iframe of panel.html. Nothing here ever holds a note: notes live in the
 * iframe, which is the extension's origin and unreadable by the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOCK_WIDTH, type DockPreferences } from '@/utils/calendar-settings';
import { releaseRoom, reserveRoom } from './page-room';
import { DOCK_CSS } from './dock-style';

const COLLAPSED_WIDTH = 36;
const KEY_STEP = 24;
const WARM_UP_LIMIT_MS = 3000;

export interface DockFrame {
  /** Loads the panel page while the dock is hidden, so the first 1:1 opens without waiting for it. */
  warmUp(url: string): void;
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
  const host = document.createElement('one-on-one-companion');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${DOCK_CSS}</style>
    <aside class="dock" part="dock" aria-label="1:1 Companion" hidden>
      <div class="handle" role="separator" aria-orientation="vertical" aria-label="Resize 1:1 notes" tabindex="0"
        aria-valuemin="${DOCK_WIDTH.min}" aria-valuemax="${DOCK_WIDTH.max}"></div>
      <div class="bar">
        <span class="brand">1:1 notes</span>
        <button type="button" class="collapse" aria-expanded="true" title="Collapse">
          <span aria-hidden="true">›</span><span class="label">Collapse 1:1 notes</span></button>
        <button type="button" class="close" title="Close"><span aria-hidden="true">×</span><span class="label">Close 1:1 notes</span></button>
      </div>
      <button type="button" class="expand" aria-expanded="false"><span>1:1 notes</span></button>
      <iframe title="1:1 notes" allow="clipboard-write"></iframe>
    </aside>
    <button type="button" class="offer" hidden>Open 1:1 notes for this event</button>`;
  const dock = root.querySelector('.dock') as HTMLElement;
  const handle = root.querySelector('.handle') as HTMLElement;
  const iframe = root.querySelector('iframe') as HTMLIFrameElement;
  const offerButton = root.querySelector('.offer') as HTMLButtonElement;
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

  ctx.addEventListener(root.querySelector('.collapse')!, 'click', () => update({ collapsed: true }));
  ctx.addEventListener(root.querySelector('.expand')!, 'click', () => update({ collapsed: false }));
  ctx.addEventListener(root.querySelector('.close')!, 'click', () => callbacks.onClose());
  ctx.addEventListener(offerButton, 'click', () => onOffer?.());

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
  ctx.addEventListener(handle, 'keydown', (event) => {
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
  });

  /** The warm-up load in flight, and the 1:1 to show once it is in. */
  let warming = false;
  let pendingUrl: string | undefined;
  const warmedUp = () => {
    if (!warming) return;
    warming = false;
    if (pendingUrl && iframe.src !== pendingUrl) iframe.src = pendingUrl;
    pendingUrl = undefined;
  };
  ctx.addEventListener(iframe, 'load', warmedUp);

  return {
    warmUp(url) {
      if (iframe.getAttribute('src')) return;
      warming = true;
      iframe.src = url;
      // A load that never reports must not hold the first 1:1 back.
      ctx.setTimeout(warmedUp, WARM_UP_LIMIT_MS);
    },
    show(url) {
      // A 1:1 opened while the warm-up is still loading waits for it: the hash goes to a loaded panel.
      if (warming) pendingUrl = url;
      else if (iframe.src !== url) iframe.src = url;
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
