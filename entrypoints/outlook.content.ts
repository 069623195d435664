/** Outlook on the web, on all its hosts: the dock and the delete warning, with Outlook's adapter only. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { outlook } from '@/utils/sites/calendars/outlook';
import { startCalendarPage } from '@/utils/content/calendar-page/start';

export default defineContentScript({
  matches: outlook.matches,
  runAt: 'document_idle',
  main: (ctx) => startCalendarPage(ctx, outlook),
});
