/**
 * Shows its children only once this page knows the notes can be read: with
 * encryption off, or unlocked in this browser session. Otherwise, the unlock
 * form. Follows locking and unlocking done in any other page.
 */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadLockState, unlock, watchLockState, type LockState } from '@/utils/crypto/lock';
import { i18n } from '#i18n';

export function LockGate({
  children,
  forgotten,
  pending,
}: {
  children: ComponentChildren;
  forgotten?: ComponentChildren;
  /** Shown while the lock state loads (the popup's snapshot), instead of "Opening…". */
  pending?: ComponentChildren;
}) {
  const [state, setState] = useState<LockState>();
  /** Bumped on every change, so what is shown mounts afresh and reads with the current key. */
  const [epoch, setEpoch] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // The passphrase field takes the focus in a page of its own; inside the calendar's page (the
  // docked panel) it waits for a click: taking focus there would steal it from the calendar
  // (and Chromium refuses autofocus in a cross-origin frame, with a console error).
  const locked = state === 'locked';
  useEffect(() => {
    if (locked && window.top === window) field.current?.focus();
  }, [locked]);
  const shownRef = useRef<LockState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadLockState().then((next) => {
      if (!live) return;
      shownRef.current = next;
      setState(next);
    });
    // Only a real change (locked, unlocked, encryption on or off) mounts what is shown afresh: the
    // watch also fires when the notes' store pointer changes (a move held the writes a moment), and
    // starting the editors over then would drop what they were showing.
    const unwatch = watchLockState((next) => {
      if (!live || next === shownRef.current) return;
      shownRef.current = next;
      setState(next);
      setEpoch((value) => value + 1);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!state) return pending !== undefined ? <>{pending}</> : <p aria-busy="true">{i18n.t('lock.opening')}</p>;
  if (state !== 'locked') return <Fragment key={epoch}>{children}</Fragment>;
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(passphrase);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPassphrase('');
    shownRef.current = 'unlocked';
    setState('unlocked');
    setEpoch((value) => value + 1);
  };
  return (
    <form class="unlock" onSubmit={(event) => void submit(event)}>
      <h1>{i18n.t('lock.heading')}</h1>
      <p class="muted">{i18n.t('lock.intro')}</p>
      <label>
        {i18n.t('encryption.passphrase')}{' '}
        <input
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
          ref={field}
        />
      </label>
      <button type="submit" disabled={busy || !passphrase}>
        {i18n.t(busy ? 'lock.unlocking' : 'lock.unlock')}
      </button>
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
      {forgotten}
    </form>
  );
}
