/** The focus due today, with its reason, and the questions to ask for it. */
import { useEffect, useRef } from 'preact/hooks';
import { FOCI, focusDue, focusLabel, type Cadence, type Focus } from '@/utils/rules/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Meeting, Person } from '@/utils/db/records';
import { askedRecently, chooseFocus, ensurePlan, markAsked, setSuggested, swapSuggested } from '@/utils/db/plan';
import type { Question } from '@/utils/rules/questions/bank';
import { suggestQuestions, swapQuestion } from '@/utils/rules/questions/suggest';
import { browser } from 'wxt/browser';
import { PersonCadence } from './PersonCadence';
import { PersonLanguage } from './PersonLanguage';
import type { Language } from '@/utils/rules/languages';
import { i18n } from '#i18n';
import { Fold } from '../shared/Fold';

interface Props {
  db: CompanionDatabase;
  person: Person;
  meetings: Meeting[];
  current: Meeting;
  /** Questions on offer (hidden ones left out). */
  bank: readonly Question[];
  /** Every question by id, hidden ones too, so a question already on screen keeps its text. */
  known: ReadonlyMap<string, Question>;
  cadence: Required<Cadence>;
  /** The language the questions are in (the person's), so screen readers say them right. */
  language: Language;
}

export function MeetingPlan({ db, person, meetings, current, bank, known, cadence, language }: Props) {
  const history = meetings.filter(
    (meeting) => meeting.id !== current.id && meeting.start < current.start && meeting.status !== 'cancelled',
  );
  const personal = { ...cadence, ...person.cadence };
  const due = focusDue(
    history.map((meeting) => ({ date: meeting.start, focus: meeting.focus ?? 'present' })),
    current.start,
    personal,
  );
  const focus = current.focus ?? due.focus;
  const recent = askedRecently(meetings, current);
  const options = {
    focus,
    askedRecently: recent,
    seed: current.id,
    // A focus the user chose wins over first-meeting questions.
    firstMeeting: history.length === 0 && !current.focusChosen,
    difficultFollowUp: Boolean(history[0]?.difficult?.example.trim()),
    bank,
  };

  // Plan once per meeting and focus; the plan is stored, so reloads and other views agree.
  const plannedRef = useRef('');
  useEffect(() => {
    const attempt = `${current.id}:${focus}`;
    const needsPlan =
      !current.focus || current.suggested === undefined || (current.suggested.length === 0 && plannedRef.current !== attempt);
    if (!needsPlan) return;
    plannedRef.current = attempt;
    const suggested = suggestQuestions(options).map((question) => question.id);
    void (current.suggested === undefined || !current.focus
      ? ensurePlan(db, current.id, { focus, suggested })
      : setSuggested(db, current.id, suggested));
  });

  // A meeting only shown so far has no stored plan yet: the same suggestions, computed (its seed is its id).
  const questions = (current.suggested ?? suggestQuestions(options).map((question) => question.id))
    .map((id) => known.get(id))
    .filter((question): question is Question => question !== undefined);
  return (
    <Fold
      id="focus"
      class="plan"
      title={i18n.t('focus.heading')}
      count={i18n.t('fold.questions', questions.length)}
      aside={
        <select
          class="focus-select"
          aria-label={i18n.t('focus.select')}
          value={focus}
          onChange={(event) => void chooseFocus(db, current.id, event.currentTarget.value as Focus)}
        >
          {FOCI.map((option) => (
            <option key={option} value={option}>
              {focusLabel(option)}
            </option>
          ))}
        </select>
      }
    >
      <p class="focus-reason" data-testid="focus-reason">
        {current.focusChosen && focus !== due.focus
          ? i18n.t('focus.chosen', { due: focusLabel(due.focus), reason: due.reason })
          : due.reason}
      </p>
      <ul class="questions" aria-label={i18n.t('focus.questions')}>
        {questions.map((question) => {
          const wrapUp = question.kind === 'wrap-up';
          const asked = current.asked.includes(question.id);
          return (
            <li
              key={question.id}
              class={`question${wrapUp ? ' wrap-up' : ''}${asked ? ' asked' : ''}`}
              data-question-id={question.id}
              data-focus={question.focus}
              data-kind={question.kind}
            >
              <label>
                <input
                  autocomplete="off"
                  type="checkbox"
                  checked={asked}
                  onChange={(event) => void markAsked(db, current.id, question.id, event.currentTarget.checked, wrapUp)}
                />
                <span lang={language}>{question.text}</span>
              </label>
              {!asked && (
                <button
                  type="button"
                  class="icon-button"
                  title={i18n.t('focus.another')}
                  aria-label={i18n.t('focus.anotherFor', { text: question.text })}
                  onClick={() => {
                    const next = swapQuestion({ ...options, onScreen: questions, replaced: question });
                    if (next) void swapSuggested(db, current.id, question.id, next.id);
                  }}
                >
                  ↻
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p class={`feedback-state${current.feedbackAsked ? ' done' : ''}`} data-testid="feedback-state">
        {current.feedbackAsked ? i18n.t('focus.feedbackAsked') : i18n.t('focus.feedbackDue')}
      </p>
      <PersonCadence db={db} person={person} cadence={cadence} />
      <PersonLanguage db={db} person={person} />
      <button type="button" class="link-button edit-questions" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('focus.editQuestions')}
      </button>
    </Fold>
  );
}
