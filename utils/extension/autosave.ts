/**
 * Saves what the user types without them asking, and never loses it on the way.
 *
 * Every change is journalled synchronously (localStorage of the extension's
 * origin) before the debounced database write; the journal entry goes only once
 * the database holds that exact text. A crash, a closed tab or an unload in the
 * middle of a write leaves the journal behind, and the next load recovers it.
 */

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft {
  text: string;
  /** The version of the stored notes the draft was typed over. */
  baseVersion: number;
  at: string;
}

export interface AutosaveOptions {
  /** Names the journal entry: one per meeting. */
  key: string;
  /** Writes the text; may return the version the stored notes have now (the journal's base from then on). */
  save(text: string): Promise<number | undefined | void>; // eslint-disable-line @typescript-eslint/no-invalid-void-type -- callers that know no version return nothing
  onState(state: SaveState, error?: unknown): void;
  drafts?: DraftStore | undefined;
  /** The longest a change waits for its write, even while typing never pauses. */
  delayMs?: number;
  now?: () => Date;
}

const RETRY_MAX_MS = 30_000;
/**
 * A throttle, not a debounce: the first change after a quiet moment is written at once,
 * later ones at most this long after it. The journal (localStorage) reaches the disk only
 * seconds later in Chromium, so a browser crash loses at most this much typing (docs/PRIVACY.md).
 */
export const SAVE_DELAY_MS = 250;

export class Autosave {
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private retryMs = 1000;
  private baseVersion = 0;
  private lastWriteAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: AutosaveOptions) {}

  private get journalKey(): string {
    return `draft:${this.options.key}`;
  }

  /** The draft a previous page left unsaved, if any. */
  draft(): Draft | undefined {
    try {
      const raw = this.options.drafts?.getItem(this.journalKey);
      if (!raw) return undefined;
      const value = JSON.parse(raw) as Partial<Draft>;
      return typeof value.text === 'string'
        ? { text: value.text, baseVersion: Number(value.baseVersion) || 0, at: String(value.at ?? '') }
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** The version of the stored notes that edits are being made over. */
  setBaseVersion(version: number): void {
    this.baseVersion = version;
  }

  change(text: string): void {
    this.pending = text;
    this.journal(text);
    this.options.onState('unsaved');
    // A write already scheduled takes this text too.
    if (this.timer !== undefined) return;
    const delay = this.options.delayMs ?? SAVE_DELAY_MS;
    this.schedule(Math.max(0, Math.min(delay, this.lastWriteAt + delay - Date.now())));
  }

  get hasPending(): boolean {
    return this.pending !== undefined;
  }

  /** Writes what is pending now. Resolves when the database holds it (or the write failed). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) await this.running;
    if (this.pending === undefined) return;
    const text = this.pending;
    this.running = this.write(text).finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  private async write(text: string): Promise<void> {
    this.lastWriteAt = Date.now();
    this.options.onState('saving');
    let version: number | undefined | void; // eslint-disable-line @typescript-eslint/no-invalid-void-type
    try {
      version = await this.options.save(text);
    } catch (error) {
      this.options.onState('failed', error);
      this.schedule(this.retryMs);
      this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
      return;
    }
    this.retryMs = 1000;
    // What is typed from now on is typed over our own write: the journal says so, or a crash
    // now would bring the rest back as if someone else had changed the notes meanwhile.
    if (typeof version === 'number' && version !== this.baseVersion) {
      this.baseVersion = version;
      if (this.pending !== undefined && this.pending !== text) this.journal(this.pending);
    }
    if (this.pending === text) {
      this.pending = undefined;
      this.forget();
      this.options.onState('saved');
    }
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private journal(text: string): void {
    const draft: Draft = { text, baseVersion: this.baseVersion, at: (this.options.now?.() ?? new Date()).toISOString() };
    try {
      this.options.drafts?.setItem(this.journalKey, JSON.stringify(draft));
    } catch {
      // A full or unavailable journal must not stop typing; the database write still runs.
    }
  }

  private forget(): void {
    try {
      this.options.drafts?.removeItem(this.journalKey);
    } catch {
      // Nothing to do: a stale journal entry equal to the saved text is harmless.
    }
  }
}
