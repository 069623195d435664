/** An adapter for the content-script features' unit tests: every question answered "no", unless told otherwise. */
import type { CalendarAdapter } from '@/utils/calendars/types';

export function fakeAdapter(answers: Partial<CalendarAdapter> = {}): CalendarAdapter {
  return {
    id: 'google-calendar',
    label: 'Test',
    matches: [],
    hosts: [],
    readOpenEvent: () => null,
    readChipEvent: () => null,
    deleteRequest: () => null,
    isDeleteShortcut: () => false,
    scopeConfirm: () => null,
    dismissScope: () => undefined,
    openEditor: () => false,
    isListed: () => true,
    readListedEvent: () => null,
    ...answers,
  };
}
