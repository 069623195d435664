/**
 * Preparing a difficult conversation: specific, about behaviour, a dialogue,
 * followed up. Private notes on the meeting, saved as typed (journalled like
 * the notes). The follow-up date shows as a reminder on later meetings.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Autosave, type DraftStore, type SaveState } from '@/utils/extension/autosave';
import type { CompanionDatabase } from '@/utils/db/database';
import type { DifficultPrep as Prep, Meeting } from '@/utils/db/records';
import { saveDifficultPrep } from '@/utils/db/plan';
import { i18n } from '#i18n';
import { saveStateText } from './save-state';

interface Props {
  db: CompanionDatabase;
  meeting: Meeting;
  drafts?: DraftStore | undefined;
}

const EMPTY: Prep = { example: '', behaviour: '', questions: '', followUp: '' };
const PROMPTS = () =>
  [
    { field: 'example', label: i18n.t('difficult.example'), hint: i18n.t('difficult.exampleHint') },
    { field: 'behaviour', label: i18n.t('difficult.behaviour'), hint: i18n.t('difficult.behaviourHint') },
    { field: 'questions', label: i18n.t('difficult.questions'), hint: i18n.t('difficult.questionsHint') },
  ] as const;

export function DifficultPrep({ db, meeting, drafts }: Props) {
  const [prep, setPrep] = useState<Prep>({ ...EMPTY, ...meeting.difficult });
  const [state, setState] = useState<SaveState | 'idle'>('idle');
  const autosave = useMemo(
    () =>
      new Autosave({
        key: `difficult:${meeting.id}`,
        save: (text) => saveDifficultPrep(db, meeting.id, JSON.parse(text) as Prep),
        onState: setState,
        drafts,
      }),
    [db, meeting.id, drafts],
  );
  useEffect(() => {
    const draft = autosave.draft();
    if (draft) {
      setPrep({ ...EMPTY, ...(JSON.parse(draft.text) as Prep) });
      autosave.change(draft.text);
    }
    return () => void autosave.flush();
  }, [autosave]);

  const update = (changes: Partial<Prep>) => {
    const next = { ...prep, ...changes };
    setPrep(next);
    autosave.change(JSON.stringify(next));
  };
  const started = Boolean(meeting.difficult && (meeting.difficult.example || meeting.difficult.behaviour || meeting.difficult.questions));

  return (
    <details class="difficult" open={started}>
      <summary>{i18n.t('difficult.summary')}</summary>
      <p class="muted">{i18n.t('difficult.intro')}</p>
      {PROMPTS().map(({ field, label, hint }) => (
        <label key={field} class="prompt">
          <span class="prompt-label">{label}</span>
          <textarea
            autocomplete="off"
            rows={2}
            placeholder={hint}
            value={prep[field]}
            onInput={(event) => update({ [field]: event.currentTarget.value })}
          />
        </label>
      ))}
      <label class="prompt inline">
        <span class="prompt-label">{i18n.t('difficult.followUp')}</span>
        <input
          autocomplete="off"
          type="date"
          value={prep.followUp ?? ''}
          onInput={(event) => update({ followUp: event.currentTarget.value })}
        />
      </label>
      <span class="save-state" role="status" aria-live="polite">
        {state === 'idle' ? '' : saveStateText(state)}
      </span>
    </details>
  );
}
