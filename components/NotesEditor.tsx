import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Autosave, type DraftStore, type SaveState } from '@/utils/autosave';
import type { Meeting } from '@/utils/db/records';

interface Props {
  meeting: Meeting;
  label: string;
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
export function NotesEditor({ meeting, label, save, drafts }: Props) {
  const [text, setText] = useState(meeting.notes);
  const [state, setState] = useState<SaveState | 'idle' | 'recovered'>('idle');
  const saveRef = useRef(save);
  saveRef.current = save;
  const autosave = useMemo(
    () =>
      new Autosave({
        key: meeting.id,
        save: (value) => saveRef.current(value),
        onState: (next) => setState(next),
        drafts,
      }),
    // One autosave per meeting; `save` is read through the ref.
    [meeting.id, drafts],
  );

  // Text a crash or a closed tab left unsaved comes back, never silently dropped.
  useEffect(() => {
    autosave.setBaseVersion(meeting.version);
    const draft = autosave.draft();
    if (!draft || draft.text === meeting.notes) return;
    const recovered =
      draft.baseVersion === meeting.version || !meeting.notes.trim()
        ? draft.text
        : `${meeting.notes}\n\n— Recovered text that had not been saved —\n${draft.text}`;
    setText(recovered);
    autosave.change(recovered);
    setState('recovered');
    // Only when the meeting opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosave]);

  // Another view (tab, side panel) changed the notes: follow it unless we are mid-edit.
  useEffect(() => {
    if (!autosave.hasPending && meeting.notes !== text) setText(meeting.notes);
    autosave.setBaseVersion(meeting.version);
    // Follow the stored notes, not our own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting.notes, meeting.version, autosave]);

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
    <section class="today" aria-labelledby="today-heading">
      <div class="today-heading-row">
        <h2 id="today-heading">{label}</h2>
        <span class={`save-state save-${state}`} role="status" aria-live="polite" data-testid="save-state">
          {STATE_TEXT[state]}
        </span>
      </div>
      <textarea
        class="notes-input"
        aria-labelledby="today-heading"
        placeholder="What is on their mind? What did you hear, what did you agree?"
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
