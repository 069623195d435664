import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Autosave, type DraftStore, type SaveState } from '@/utils/extension/autosave';
import type { CompanionDatabase } from '@/utils/db/database';
import { saveNotesOver } from '@/utils/db/meetings';
import type { Meeting } from '@/utils/db/records';
import { i18n } from '#i18n';
import { saveStateText } from './save-state';
import { continueList, wrapSelection, type TextEdit } from '@/utils/rules/notes-editing';
import { LazyMarkdown } from '../shared/LazyMarkdown';

/**
 * Applies an edit as typing would: through the browser's own insert, so undo (Ctrl+Z) takes it
 * back and the box's input event saves it; set directly where that insert is missing.
 */
function applyEdit(box: HTMLTextAreaElement, edit: TextEdit): void {
  box.focus();
  box.setSelectionRange(edit.from, edit.to);
  const inserted = edit.insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, edit.insert);
  if (!inserted) {
    box.setRangeText(edit.insert, edit.from, edit.to, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  box.setSelectionRange(edit.select[0], edit.select[1]);
}

/** Ctrl/Cmd+B, +I, and Enter in a list: Markdown as editors write it (utils/rules/notes-editing.ts). */
function onEditingKey(event: KeyboardEvent): void {
  const box = event.currentTarget as HTMLTextAreaElement;
  if (event.isComposing || event.altKey) return;
  const command = event.ctrlKey || event.metaKey;
  let edit: TextEdit | undefined;
  if (command && !event.shiftKey && (event.key === 'b' || event.key === 'i'))
    edit = wrapSelection(box.value, box.selectionStart, box.selectionEnd, event.key === 'b' ? '**' : '_');
  else if (!command && !event.shiftKey && event.key === 'Enter' && box.selectionStart === box.selectionEnd)
    edit = continueList(box.value, box.selectionStart);
  if (!edit) return;
  event.preventDefault();
  applyEdit(box, edit);
}

interface Props {
  meeting: Meeting;
  /** Which notes: the private ones, or those shared in the recap. */
  field?: 'notes' | 'shared';
  label: string;
  hint?: string;
  placeholder?: string;
  db: CompanionDatabase;
  drafts?: DraftStore | undefined;
}

/** Whether the browser sizes a text box to its content itself (CSS field-sizing; Chrome 123+). */
const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

type EditorState = SaveState | 'idle' | 'recovered' | 'merged';

const STATE_TEXT = (state: EditorState): string =>
  state === 'idle'
    ? i18n.t('save.idle')
    : state === 'failed'
      ? i18n.t('save.failedKept')
      : state === 'recovered'
        ? i18n.t('save.recovered')
        : state === 'merged'
          ? i18n.t('save.merged')
          : saveStateText(state);

/**
 * Notes of a meeting (private or shared): saved as they type, flushed when the page
 * hides or closes, and merged, never overwritten, when another window typed too.
 */
export function NotesEditor({ db, meeting, field = 'notes', label, hint, placeholder, drafts }: Props) {
  const stored = meeting[field] ?? '';
  const headingId = `${field}-heading`;
  const [text, setText] = useState(stored);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState(false);
  // The box grows with its text (one scroll, the panel's): CSS field-sizing where the browser has it, else measured.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || preview || GROWS_BY_ITSELF) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + 2}px`;
  }, [text, preview]);
  const [state, setState] = useState<EditorState>('idle');
  /** The stored text this window's edits are made over, and what the textarea holds. */
  const baseRef = useRef(stored);
  const textRef = useRef(stored);
  /** Both windows' texts were joined: say so until the user types again (the joined text's own save follows). */
  const mergedRef = useRef(false);
  const autosave = useMemo(() => {
    const saver: Autosave = new Autosave({
      key: field === 'notes' ? meeting.id : `${field}:${meeting.id}`,
      save: async (value) => {
        const result = await saveNotesOver(db, meeting.id, field, value, baseRef.current);
        baseRef.current = result.stored;
        if (!result.merged) return result.version;
        // Keep what was typed while saving, after the merged text, and save that next.
        const extra = textRef.current.startsWith(value) ? textRef.current.slice(value.length) : '';
        textRef.current = result.stored + extra;
        setText(textRef.current);
        mergedRef.current = true;
        saver.change(textRef.current);
        setState('merged');
        return result.version;
      },
      onState: (next) => setState(mergedRef.current && next !== 'failed' ? 'merged' : next),
      drafts,
    });
    return saver;
  }, [db, meeting.id, field, drafts]);

  // Text a crash or a closed tab left unsaved comes back, never silently dropped.
  useEffect(() => {
    autosave.setBaseVersion(meeting.version);
    const draft = autosave.draft();
    if (!draft || draft.text === stored) return;
    const recovered =
      // Typed over what is stored (the same version; nothing stored; or a save that landed as the page
      // closed, before the journal heard of it: the draft goes on from the stored text), it is the text.
      draft.baseVersion === meeting.version || !stored.trim() || draft.text.startsWith(stored)
        ? draft.text
        : `${stored}\n\n— Recovered text that had not been saved —\n${draft.text}`;
    textRef.current = recovered;
    setText(recovered);
    autosave.change(recovered);
    setState('recovered');
    // Only when the meeting opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosave]);

  // Another view (tab, side panel) changed the notes: follow it unless we are mid-edit.
  useEffect(() => {
    if (!autosave.hasPending) {
      baseRef.current = stored;
      if (stored !== textRef.current) {
        textRef.current = stored;
        setText(stored);
      }
    }
    autosave.setBaseVersion(meeting.version);
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
          {STATE_TEXT(state)}
        </span>
      </div>
      <div class="notes-hint-row">
        <p class="notes-hint">{hint}</p>
        <button
          type="button"
          class="link-button preview-toggle"
          aria-pressed={preview}
          aria-describedby={headingId}
          onClick={() => setPreview(!preview)}
        >
          {i18n.t('notes.preview')}
        </button>
      </div>
      {preview && (
        <div class="notes-preview" aria-label={i18n.t('notes.previewOf', { label })} role="region">
          {text.trim() ? <LazyMarkdown text={text} fold={false} /> : <p class="muted">{i18n.t('notes.none')}</p>}
        </div>
      )}
      <textarea
        hidden={preview}
        onKeyDown={onEditingKey}
        ref={boxRef}
        id={`${field}-input`}
        autocomplete="off"
        class="notes-input"
        aria-labelledby={headingId}
        placeholder={placeholder ?? i18n.t('notes.placeholder')}
        value={text}
        readOnly={meeting.unopened === true}
        onInput={(event) => {
          const value = event.currentTarget.value;
          mergedRef.current = false;
          textRef.current = value;
          setText(value);
          autosave.change(value);
        }}
        spellcheck
      />
    </section>
  );
}
