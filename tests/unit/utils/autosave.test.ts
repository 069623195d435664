import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type DraftStore, type SaveState } from '@/utils/extension/autosave';

class MemoryDrafts implements DraftStore {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make(save: (text: string) => Promise<void>, drafts = new MemoryDrafts()) {
    const states: SaveState[] = [];
    const autosave = new Autosave({ key: 'm1', save, drafts, delayMs: 500, onState: (state) => states.push(state) });
    return { autosave, states, drafts };
  }

  it('writes changes made in one moment once', async () => {
    const save = vi.fn(async () => undefined);
    const { autosave, states } = make(save);
    autosave.change('a');
    autosave.change('ab');
    autosave.change('abc');
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('journals what follows a write as typed over that write’s version', async () => {
    let version = 4;
    const drafts = new MemoryDrafts();
    const autosave = new Autosave({ key: 'm1', drafts, save: async () => ++version, onState: () => undefined });
    autosave.setBaseVersion(4);
    autosave.change('L');
    await vi.advanceTimersByTimeAsync(0);
    autosave.change('Last words');
    // The page goes away before the next write: the journal holds the rest, over version 5.
    expect(JSON.parse(drafts.getItem('draft:m1')!)).toMatchObject({ text: 'Last words', baseVersion: 5 });
  });

  it('while typing never pauses, no change waits longer than the delay for its write (issue 17.5)', async () => {
    const written: { at: number; text: string }[] = [];
    const { autosave } = make(async (text) => void written.push({ at: Date.now(), text }));
    const typed: { at: number; text: string }[] = [];
    let text = '';
    for (let key = 0; key < 30; key++) {
      text += 'x';
      typed.push({ at: Date.now(), text });
      autosave.change(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // Each change is on disk (in a write of it or of later text) within the delay, 500 ms here.
    for (const change of typed) {
      const landed = written.find((write) => write.text.length >= change.text.length);
      expect(landed, `change at ${change.at}`).toBeDefined();
      expect(landed!.at - change.at).toBeLessThanOrEqual(500);
    }
    expect(written.at(-1)!.text).toBe(text);
  });

  it('journals every change before the write, and forgets it once the write landed', async () => {
    let finish: () => void = () => undefined;
    const { autosave, drafts } = make(() => new Promise<void>((resolve) => (finish = resolve)));
    autosave.setBaseVersion(3);
    autosave.change('typed');
    expect(JSON.parse(drafts.getItem('draft:m1')!)).toMatchObject({ text: 'typed', baseVersion: 3 });
    const flushing = autosave.flush();
    expect(drafts.getItem('draft:m1')).not.toBeNull();
    finish();
    await flushing;
    expect(drafts.getItem('draft:m1')).toBeNull();
  });

  it('keeps the journal and retries when the database refuses', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('QuotaExceeded')).mockResolvedValue(undefined);
    const { autosave, states, drafts } = make(save);
    autosave.change('precious');
    await autosave.flush();
    expect(states.at(-1)).toBe('failed');
    expect(drafts.getItem('draft:m1')).toContain('precious');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('saved');
    expect(drafts.getItem('draft:m1')).toBeNull();
  });

  it('does not mark as saved text that changed while it was being written', async () => {
    const writes: string[] = [];
    let release: () => void = () => undefined;
    const { autosave, states } = make(async (text) => {
      writes.push(text);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    autosave.change('one');
    const first = autosave.flush();
    autosave.change('one two');
    release();
    await first;
    expect(states.at(-1)).not.toBe('saved');
    await autosave.flush();
    expect(writes).toEqual(['one', 'one two']);
    expect(states.at(-1)).toBe('saved');
  });

  it('hands back a draft a previous page left behind', () => {
    const drafts = new MemoryDrafts();
    drafts.setItem('draft:m1', JSON.stringify({ text: 'left behind', baseVersion: 2, at: '2026-03-05T09:10:00.000Z' }));
    const { autosave } = make(async () => undefined, drafts);
    expect(autosave.draft()).toEqual({ text: 'left behind', baseVersion: 2, at: '2026-03-05T09:10:00.000Z' });
  });

  it('ignores a journal entry it cannot read', () => {
    const drafts = new MemoryDrafts();
    drafts.setItem('draft:m1', '{not json');
    expect(make(async () => undefined, drafts).autosave.draft()).toBeUndefined();
  });

  it('keeps accepting typing when the journal is full', async () => {
    const drafts = new MemoryDrafts();
    drafts.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const save = vi.fn(async () => undefined);
    const { autosave } = make(save, drafts);
    autosave.change('still typing');
    await autosave.flush();
    expect(save).toHaveBeenCalledWith('still typing');
  });
});
