/** Google Calendar: the dock and the delete warning (utils/content/calendar-page/), with Google's adapter only. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { googleCalendar } from '@/utils/sites/calendars/google-calendar';
import { startCalendarPage } from '@/utils/content/calendar-page/start';

export default defineContentScript({
  matches: googleCalendar.matches,
  runAt: 'document_idle',
  main: (ctx) => startCalendarPage(ctx, googleCalendar),
});
