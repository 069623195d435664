import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type DraftStore, type SaveState } from '@/utils/autosave';

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

  it('saves once, after the typing pauses', async () => {
    const save = vi.fn(async () => undefined);
    const { autosave, states } = make(save);
    autosave.change('a');
    autosave.change('ab');
    autosave.change('abc');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
    expect(states.at(-1)).toBe('saved');
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
