/**
 * Google Meet and Teams on the web: tells the background which meeting is live
 * in this tab (and when it ends), and shows a small movable button that opens
 * the notes in the browser's side panel. Never shows a note on the call page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readCall } from '@/utils/calls/read-call';
import { tellBackground } from '@/utils/messaging';
import { createCallButton } from './call-button';
import { CALL_MATCHES } from '@/utils/calls/meeting-code';

export default defineContentScript({
  matches: CALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const button = createCallButton(ctx, () => void tellBackground({ type: 'open-side-panel' }));
    let last = '';
    let wasInCall = false;
    // The URL changes without reloads and titles arrive late: look again every second and a half.
    const check = () => {
      try {
        const call = readCall(document, location.href);
        const seen = JSON.stringify(call);
        if (seen === last) return;
        last = seen;
        button.show(Boolean(call?.inCall));
        if (call?.inCall) {
          wasInCall = true;
          void tellBackground({ type: 'call-state', call });
        } else if (wasInCall) {
          wasInCall = false;
          void tellBackground({ type: 'call-ended' });
        }
      } catch (error) {
        console.debug('[1:1 Companion]', error);
      }
    };
    check();
    ctx.setInterval(check, 1500);
    ctx.addEventListener(window, 'pagehide', () => wasInCall && void tellBackground({ type: 'call-ended' }));
  },
});
