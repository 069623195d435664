/**
 * Google Meet and Teams on the web: tells the background which meeting is live
 * in this tab (and when it ends), and shows a small movable button that opens
 * the notes in the browser's side panel. Never shows a note on the call page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkCallHealth, readCall } from '@/utils/sites/calls/read-call';
import { outlineOf } from '@/utils/sites/calendars/page-outline';
import { tellBackground } from '@/utils/protocol/messaging';
import { createCallButton } from '../../utils/content/call-page/call-button';
import { CALL_MATCHES } from '@/utils/sites/calls/meeting-code';

/** How long into a call its page is checked: the stage draws its tiles over a second or two. */
const HEALTH_SETTLE_MS = 3000;

export default defineContentScript({
  matches: CALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const button = createCallButton(ctx, () => void tellBackground({ type: 'open-side-panel' }));
    let last = '';
    let wasInCall = false;
    /** When this call began here, and what its page health last told (told once per change). */
    let inCallSince = 0;
    let toldHealth: string | undefined;
    // Page health: a few seconds into the call (its stage has drawn by then), what could not be read.
    const checkHealth = (site: 'meet' | 'teams') => {
      const health = checkCallHealth(document, location.href);
      if (!health) return;
      const problems = [...health.problems].sort();
      if (problems.join(' ') === toldHealth) return;
      toldHealth = problems.join(' ');
      void tellBackground({ type: 'page-health', site, problems, ...(problems.length ? { outline: outlineOf(health.outlineRoot) } : {}) });
    };
    // The URL changes without reloads and titles arrive late: look again every second and a half.
    const check = () => {
      try {
        const call = readCall(document, location.href);
        if (call?.inCall && inCallSince && Date.now() - inCallSince >= HEALTH_SETTLE_MS) checkHealth(call.site);
        const seen = JSON.stringify(call);
        if (seen === last) return;
        last = seen;
        button.show(Boolean(call?.inCall));
        if (call?.inCall) {
          if (!wasInCall) inCallSince = Date.now();
          wasInCall = true;
          void tellBackground({ type: 'call-state', call });
        } else if (wasInCall) {
          wasInCall = false;
          inCallSince = 0;
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
