/**
 * The warning shown before a 1:1 is deleted: an alert dialog in an open
 * shadow root beside <body>, over the calendar. It holds no note: the
 * person's name, when you last met and how many 1:1s were cancelled lately.
 *
 * Keyboard: focus starts on "Move it instead" and stays inside; Escape keeps
 * the event; Enter never deletes (not even on "Delete anyway": Space or a click
 * does). Keys typed here never reach the calendar's own shortcuts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PersonBriefAnswer } from '@/utils/messaging';
import { daysText } from '@/utils/dates';
import { WARNING_CSS } from './warning-style';

export type WarningChoice = { kind: 'move' } | { kind: 'delete'; reason: string } | { kind: 'keep' };

export interface WarningContent {
  personName: string;
  /** The second, stronger warning: the whole series, or all that follow. */
  series: boolean;
  /** What we know of the person; it may arrive after the dialog opens. */
  brief: Promise<PersonBriefAnswer | undefined>;
}

export const WARNING_TAG = 'one-on-one-companion-warning';

export function showWarning(ctx: ContentScriptContext, content: WarningContent): Promise<WarningChoice> {
  const host = document.createElement(WARNING_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const first = firstName(content.personName);
  root.innerHTML = `<style>${WARNING_CSS}</style>
    <div class="backdrop"></div>
    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="warning-title" aria-describedby="warning-text">
      <h2 id="warning-title"></h2>
      <div id="warning-text">
        <p class="facts" aria-live="polite">Looking up your history…</p>
        <p class="why"></p>
      </div>
      <label class="reason-label">Reason <span class="muted">(optional, kept in your 1:1 history)</span>
        <input class="reason" type="text" maxlength="500" autocomplete="off"></label>
      <div class="actions">
        <button type="button" class="move">Move it instead</button>
        <button type="button" class="delete">Delete anyway</button>
        <button type="button" class="keep">Keep it</button>
      </div>
    </div>`;
  const dialog = root.querySelector('.dialog') as HTMLElement;
  const facts = root.querySelector('.facts') as HTMLElement;
  const reason = root.querySelector('.reason') as HTMLInputElement;
  const move = root.querySelector('.move') as HTMLButtonElement;
  dialog.classList.toggle('series', content.series);
  // Text through textContent only: names come from the calendar page.
  (root.querySelector('h2') as HTMLElement).textContent = content.series
    ? `End your regular 1:1s with ${content.personName}?`
    : `Cancel your 1:1 with ${content.personName}?`;
  (root.querySelector('.why') as HTMLElement).textContent = content.series
    ? `This deletes every 1:1 in the series from here on, so your regular time with ${first} ends. If you need a pause, move the next one instead.`
    : `Moving it tells ${first} your time together still matters; cancelling tells them something else came first.`;

  void content.brief.then((brief) => {
    facts.textContent = factsText(brief, first);
  });

  const previousFocus = document.activeElement as HTMLElement | null;
  // Keys and clicks inside the warning are ours: the calendar's shortcuts and
  // "click outside closes the popover" must not see them.
  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  document.documentElement.append(host);
  move.focus();

  return new Promise<WarningChoice>((resolve) => {
    let done = false;
    // The calendar may move focus (its popover re-renders): bring it back.
    const keepFocus = (event: FocusEvent) => {
      if (event.target !== host) move.focus();
    };
    document.addEventListener('focusin', keepFocus);
    const finish = (choice: WarningChoice) => {
      if (done) return;
      done = true;
      document.removeEventListener('focusin', keepFocus);
      host.remove();
      if (choice.kind === 'keep' && previousFocus?.isConnected) previousFocus.focus();
      resolve(choice);
    };
    ctx.onInvalidated(() => finish({ kind: 'keep' }));
    move.addEventListener('click', () => finish({ kind: 'move' }));
    root.querySelector('.delete')!.addEventListener('click', () => finish({ kind: 'delete', reason: reason.value.trim() }));
    root.querySelector('.keep')!.addEventListener('click', () => finish({ kind: 'keep' }));
    root.querySelector('.backdrop')!.addEventListener('click', () => move.focus());

    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish({ kind: 'keep' });
        return;
      }
      // Enter never deletes: not in the reason field, not on "Delete anyway".
      const onDelete = root.activeElement?.classList.contains('delete') === true;
      if (event.key === 'Enter' && (root.activeElement === reason || onDelete)) {
        event.preventDefault();
        return;
      }
      if (event.key === 'Tab') trapTab(event, root, dialog);
    });
  });
}

function trapTab(event: KeyboardEvent, root: ShadowRoot, dialog: HTMLElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input')];
  const index = focusable.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
  event.preventDefault();
  focusable[next]?.focus();
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** "You last met 12 days ago (Thu, 5 Mar). 1 of your 1:1s with Sam was cancelled in the last 90 days." */
export function factsText(brief: PersonBriefAnswer | undefined, first: string): string {
  if (!brief) return `Moving keeps your history with ${first} whole.`;
  // The background counts the days (date-fns); the page's own locale writes the date.
  const days = brief.daysSinceLast;
  const met =
    brief.lastStart && days !== undefined
      ? `You last met ${daysText(days)} (${DAY.format(new Date(brief.lastStart))}).`
      : `You have not held a 1:1 with ${first} yet.`;
  const count = brief.cancelledLast90Days;
  const cancelled =
    count === 0
      ? `None of your 1:1s with ${first} was cancelled in the last 90 days.`
      : `${count} of your 1:1s with ${first} ${count === 1 ? 'was' : 'were'} cancelled in the last 90 days.`;
  return `${met} ${cancelled}`;
}
