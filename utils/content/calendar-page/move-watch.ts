/**
 * Moves: a 1:1 dragged to another time in the grid is seen by its chip, not by
 * any popover. For the 1:1s shown this session, each scan reads their chips;
 * when a chip's time changed, the event is reported at its new time and the
 * background records the meeting as moved.
 *
 * The shift is measured chip against chip (not chip against popover), so a
 * chip whose words read slightly differently from the popover's never looks
 * like a move.
 */
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import type { Counterpart } from '@/utils/rules/recognition';

/** Only the last few 1:1s opened are watched: each costs one lookup per scan. */
const WATCHED = 10;

interface Watched {
  event: CalendarEvent;
  counterpart: Counterpart;
  chipStart?: number;
}

export interface MoveWatch {
  watch(event: CalendarEvent, counterpart: Counterpart): void;
  check(): void;
}

export function createMoveWatch(adapter: CalendarAdapter, report: (event: CalendarEvent, counterpart: Counterpart) => void): MoveWatch {
  const watched = new Map<string, Watched>();
  return {
    watch(event, counterpart) {
      // The edit page holds unsaved times; all-day events move by date, which the popover reports.
      if (event.source === 'edit-page' || event.allDay || !event.start) return;
      const previous = watched.get(event.key);
      watched.delete(event.key);
      const entry: Watched = { event, counterpart };
      // The chip's time now is the mark a later drag is measured from.
      const chipStart = previous?.chipStart ?? startOfChip(adapter, event);
      if (chipStart !== undefined) entry.chipStart = chipStart;
      watched.set(event.key, entry);
      if (watched.size > WATCHED) watched.delete(watched.keys().next().value!);
    },
    check() {
      for (const entry of watched.values()) {
        const at = startOfChip(adapter, entry.event);
        if (at === undefined) continue;
        if (entry.chipStart === undefined) {
          entry.chipStart = at;
          continue;
        }
        const shift = at - entry.chipStart;
        if (shift === 0) continue;
        entry.chipStart = at;
        entry.event = shifted(entry.event, shift);
        report(entry.event, entry.counterpart);
      }
    },
  };
}

function startOfChip(adapter: CalendarAdapter, event: CalendarEvent): number | undefined {
  const chip = adapter.readListedEvent(document, event);
  const at = chip?.start && !chip.allDay ? Date.parse(chip.start) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

function shifted(event: CalendarEvent, shift: number): CalendarEvent {
  const move = (iso: string | undefined) => (iso ? new Date(Date.parse(iso) + shift).toISOString() : undefined);
  const start = move(event.start);
  const end = move(event.end);
  return { ...event, ...(start ? { start } : {}), ...(end ? { end } : {}), source: 'chip' };
}
