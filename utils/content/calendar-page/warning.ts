/**
 * The warning shown before a 1:1 is deleted: an alert dialog in a closed
 * shadow root beside <body>, over the calendar (the page can neither read it nor press its buttons). It holds no note: the
 * person's name, when you last met and how many 1:1s were cancelled lately.
 *
 * Keyboard: focus starts on "Move it instead" and stays inside; Escape keeps
 * the event; Enter never deletes (not even on "Delete anyway": Space or a click
 * does). Keys typed here never reach the calendar's own shortcuts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PersonBriefAnswer } from '@/utils/protocol/messaging';
import { daysText } from '@/utils/rules/days-text';
import { matchPageTheme } from './page-theme';
import { byUser, element, shadowWithSheet } from '@/utils/content/build-dom';
import { browser } from 'wxt/browser';
import { i18n } from '@/utils/rules/page-i18n';
import { WARNING_TAG } from './hosts';

export type WarningChoice = { kind: 'move' } | { kind: 'delete'; reason: string } | { kind: 'keep' };

export interface WarningContent {
  personName: string;
  /** The second, stronger warning: the whole series, or all that follow. */
  series: boolean;
  /** What we know of the person; it may arrive after the dialog opens. */
  brief: Promise<PersonBriefAnswer | undefined>;
  /** The name once the popover's guest rows came (a delete pressed early knows the title's name only). */
  settledName?: Promise<string>;
}

export function showWarning(ctx: ContentScriptContext, content: WarningContent): Promise<WarningChoice> {
  const host = document.createElement(WARNING_TAG);
  let first = firstName(content.personName);
  const button = (kind: string, text: string) => element('button', { type: 'button', class: kind }, text);
  const facts = element('p', { class: 'facts', 'aria-live': 'polite' }, i18n.t('warning.lookingUp'));
  const reason = element('input', { class: 'reason', type: 'text', maxlength: '500', autocomplete: 'off' });
  const move = button('move', i18n.t('warning.move'));
  const remove = button('delete', i18n.t('warning.delete'));
  const keep = button('keep', i18n.t('warning.keep'));
  const backdrop = element('div', { class: 'backdrop' });
  const title = element('h2', { id: 'warning-title' });
  const why = element('p', { class: 'why' });
  const name = (personName: string) => {
    first = firstName(personName);
    title.textContent = i18n.t(content.series ? 'warning.titleSeries' : 'warning.titleOne', { name: personName });
    why.textContent = i18n.t(content.series ? 'warning.whySeries' : 'warning.whyOne', { first });
  };
  name(content.personName);
  // Names come from the calendar page: they only ever go in as text.
  const dialog = element(
    'div',
    {
      class: content.series ? 'dialog series' : 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'warning-title',
      'aria-describedby': 'warning-text',
    },
    title,
    element('div', { id: 'warning-text' }, facts, why),
    element(
      'label',
      { class: 'reason-label' },
      `${i18n.t('warning.reason')} `,
      element('span', { class: 'muted' }, i18n.t('warning.reasonHint')),
      reason,
    ),
    element('div', { class: 'actions' }, move, remove, keep),
  );
  // The look of the warning is components/public/warning.css.
  const root = shadowWithSheet(host, browser.runtime.getURL('/warning.css'), backdrop, dialog);
  matchPageTheme(host);

  void Promise.all([content.settledName, content.brief]).then(([settled, brief]) => {
    if (settled && settled !== content.personName) name(settled);
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
    // Only the user decides: a click or a key the page dispatched is not trusted and does nothing.
    move.addEventListener(
      'click',
      byUser(() => finish({ kind: 'move' })),
    );
    remove.addEventListener(
      'click',
      byUser(() => finish({ kind: 'delete', reason: reason.value.trim() })),
    );
    keep.addEventListener(
      'click',
      byUser(() => finish({ kind: 'keep' })),
    );
    backdrop.addEventListener('click', () => move.focus());

    dialog.addEventListener(
      'keydown',
      byUser((event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          finish({ kind: 'keep' });
          return;
        }
        // Enter never deletes: not in the reason field, not on "Delete anyway".
        if (event.key === 'Enter' && (root.activeElement === reason || root.activeElement === remove)) {
          event.preventDefault();
          return;
        }
        if (event.key === 'Tab') trapTab(event, root, dialog);
      }),
    );
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
  if (!brief) return i18n.t('warning.noHistory', { first });
  // The background counts the days (date-fns); the page's own locale writes the date.
  const days = brief.daysSinceLast;
  const met =
    brief.lastStart && days !== undefined
      ? i18n.t('warning.lastMet', { when: daysText(days), day: DAY.format(new Date(brief.lastStart)) })
      : i18n.t('warning.notMetYet', { first });
  return i18n.t('warning.facts', { met, cancelled: i18n.t('warning.cancelled', brief.cancelledLast90Days, { first }) });
}
