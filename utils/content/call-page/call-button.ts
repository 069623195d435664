/** A small "1:1 notes" button on the call page, movable by dragging; its place is remembered. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { CALL_BUTTON_POSITION_KEY } from '@/utils/protocol/storage-keys';
import { byUser, element, shadowOf } from '@/utils/content/build-dom';
import { i18n } from '@/utils/rules/page-i18n';

const position = storage.defineItem<{ right: number; bottom: number }>(CALL_BUTTON_POSITION_KEY, {
  fallback: { right: 24, bottom: 96 },
});

export function createCallButton(ctx: ContentScriptContext, onOpen: () => void) {
  const host = document.createElement('one-on-one-companion-call');
  const button = element('button', { type: 'button', hidden: '', title: i18n.t('callButton.title') }, i18n.t('callButton.label'));
  shadowOf(
    host,
    `button { position: fixed; z-index: 2147483000; padding: 8px 14px; border-radius: 18px; border: 1px solid #dadce0;
      background: #fff; color: #1a73e8; font: 500 13px/1.2 system-ui, sans-serif; box-shadow: 0 1px 3px rgb(60 64 67 / 30%); cursor: grab; }
    button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
    [hidden] { display: none; }`,
    button,
  );
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  const place = (where: { right: number; bottom: number }) =>
    Object.assign(button.style, { right: `${where.right}px`, bottom: `${where.bottom}px` });
  void position.getValue().then(place);

  let drag: { x: number; y: number; right: number; bottom: number; moved: boolean } | undefined;
  ctx.addEventListener(button, 'pointerdown', (event) => {
    const down = event as PointerEvent;
    button.setPointerCapture(down.pointerId);
    drag = {
      x: down.clientX,
      y: down.clientY,
      right: parseFloat(button.style.right) || 24,
      bottom: parseFloat(button.style.bottom) || 96,
      moved: false,
    };
  });
  ctx.addEventListener(button, 'pointermove', (event) => {
    const move = event as PointerEvent;
    if (!drag) return;
    const dx = move.clientX - drag.x;
    const dy = move.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (drag.moved) place({ right: Math.max(0, drag.right - dx), bottom: Math.max(0, drag.bottom - dy) });
  });
  let justMoved = false;
  ctx.addEventListener(button, 'pointerup', () => {
    justMoved = Boolean(drag?.moved);
    if (justMoved) void position.setValue({ right: parseFloat(button.style.right), bottom: parseFloat(button.style.bottom) });
    drag = undefined;
  });
  ctx.addEventListener(
    button,
    'click',
    byUser((event) => {
      // A drag ends with a click: moving the button must not open the panel.
      if (justMoved) return event.preventDefault();
      onOpen();
    }),
  );

  return { show: (visible: boolean) => (button.hidden = !visible) };
}
