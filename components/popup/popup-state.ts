/**
 * What the user does in the popup, kept apart from where its data comes from.
 *
 * The popup draws the background's snapshot first and swaps to live data a
 * moment later (entrypoints/popup/). Each swap mounts a new PopupView, so
 * anything held inside it would be lost: a tick made during the swap came back
 * unticked, and a filter picked in the first 100 ms jumped back to Everyone.
 * One PopupState lives as long as the popup and every view draws from it:
 * - ticks: the commitments ticked or unticked here, shown that way whatever a
 *   source says until the popup closes (a ticked one stays in the list, done,
 *   so a slip of the finger can be undone);
 * - the filter, the grouping and "show all";
 * - which control had the keyboard focus, given back after a swap.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Commitment } from '@/utils/db/records';

export type Filter = 'everyone' | 'me' | 'them';

interface Choices {
  filter: Filter;
  grouped: boolean;
  all: boolean;
}

const FOCUSABLE = 'button, input, select, a[href]';

export class PopupState {
  private choices: Choices = { filter: 'everyone', grouped: false, all: false };
  private readonly ticks = new Map<string, Commitment>();
  private readonly listeners = new Set<() => void>();
  /** The place of the focused control among the popup's controls, for the next view to give back. */
  private focusIndex = -1;

  /** `root` is the element every view of the popup is drawn into. */
  constructor(private readonly root: HTMLElement) {
    root.addEventListener('focusin', (event) => {
      if (event.target instanceof Element) this.focusIndex = [...root.querySelectorAll(FOCUSABLE)].indexOf(event.target);
    });
  }

  get filter(): Filter {
    return this.choices.filter;
  }
  get grouped(): boolean {
    return this.choices.grouped;
  }
  get all(): boolean {
    return this.choices.all;
  }

  choose(change: Partial<Choices>): void {
    this.choices = { ...this.choices, ...change };
    this.changed();
  }

  /** The user ticked (or unticked) a commitment: shown so at once, whichever view draws it next. */
  tick(commitment: Commitment, done: boolean): void {
    this.ticks.set(commitment.id, { ...commitment, status: done ? 'done' : 'open' });
    this.changed();
  }

  /** The tick could not be saved: the commitment shows as its source says again. */
  forget(id: string): void {
    if (this.ticks.delete(id)) this.changed();
  }

  /** A source's open commitments with this popup's ticks laid over them; ticked ones stay in the list. */
  withTicks(commitments: readonly Commitment[]): Commitment[] {
    const listed = commitments.map((commitment) => this.ticks.get(commitment.id) ?? commitment);
    const ids = new Set(commitments.map((commitment) => commitment.id));
    return [...listed, ...[...this.ticks.values()].filter((commitment) => !ids.has(commitment.id))];
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a swap left the focus nowhere, puts it back on the control in the same place. */
  restoreFocus(): void {
    const active = this.root.ownerDocument.activeElement;
    if (this.focusIndex < 0 || (active && active !== this.root.ownerDocument.body)) return;
    this.root.querySelectorAll<HTMLElement>(FOCUSABLE)[this.focusIndex]?.focus();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Draws again whenever the popup's state changes. Subscribed as the view is
 * drawn (a layout effect), not after the next paint: a click may come first.
 */
export function usePopupState(state: PopupState): PopupState {
  const [, setVersion] = useState(0);
  useLayoutEffect(() => state.subscribe(() => setVersion((version) => version + 1)), [state]);
  return state;
}
