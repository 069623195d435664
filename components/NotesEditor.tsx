import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Autosave, type DraftStore, type SaveState } from '@/utils/autosave';
import type { Meeting } from '@/utils/db/records';

interface Props {
  meeting: Meeting;
  /** Which notes: the private ones, or those shared in the recap. */
  field?: 'notes' | 'shared';
  label: string;
  hint?: string;
  placeholder?: string;
  save(text: string): Promise<void>;
  drafts?: DraftStore | undefined;
}

const STATE_TEXT: Record<SaveState | 'idle' | 'recovered', string> = {
  idle: 'Saves as you type',
  unsaved: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet, retrying. Your text is kept on this device.',
  recovered: 'Recovered text that had not been saved',
};

/** Today's notes: saved as they type, flushed when the page hides or closes. */
export function NotesEditor({ meeting, field = 'notes', label, hint, placeholder, save, drafts }: Props) {
  const stored = meeting[field] ?? '';
  const headingId = `${field}-heading`;
  const [text, setText] = useState(stored);
  const [state, setState] = useState<SaveState | 'idle' | 'recovered'>('idle');
  const saveRef = useRef(save);
  saveRef.current = save;
  const autosave = useMemo(
    () =>
      new Autosave({
        key: field === 'notes' ? meeting.id : `${field}:${meeting.id}`,
        save: (value) => saveRef.current(value),
        onState: (next) => setState(next),
        drafts,
      }),
    // One autosave per meeting; `save` is read through the ref.
    [meeting.id, field, drafts],
  );

  // Text a crash or a closed tab left unsaved comes back, never silently dropped.
  useEffect(() => {
    autosave.setBaseVersion(meeting.version);
    const draft = autosave.draft();
    if (!draft || draft.text === stored) return;
    const recovered =
      draft.baseVersion === meeting.version || !stored.trim()
        ? draft.text
        : `${stored}\n\n— Recovered text that had not been saved —\n${draft.text}`;
    setText(recovered);
    autosave.change(recovered);
    setState('recovered');
    // Only when the meeting opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosave]);

  // Another view (tab, side panel) changed the notes: follow it unless we are mid-edit.
  useEffect(() => {
    if (!autosave.hasPending && stored !== text) setText(stored);
    autosave.setBaseVersion(meeting.version);
    // Follow the stored notes, not our own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored, meeting.version, autosave]);

  useEffect(() => {
    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('hashchange', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('hashchange', flush);
      flush();
    };
  }, [autosave]);

  return (
    <section class={`today notes-${field}`} aria-labelledby={headingId}>
      <div class="today-heading-row">
        <h2 id={headingId}>{label}</h2>
        <span
          class={`save-state save-${state}`}
          role="status"
          aria-live="polite"
          data-testid={field === 'notes' ? 'save-state' : `${field}-save-state`}
        >
          {STATE_TEXT[state]}
        </span>
      </div>
      {hint && <p class="notes-hint">{hint}</p>}
      <textarea
        class="notes-input"
        aria-labelledby={headingId}
        placeholder={placeholder ?? 'What is on their mind? What did you hear?'}
        value={text}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          autosave.change(value);
        }}
        spellcheck
      />
    </section>
  );
}
