/**
 * What the data layer throws: a code, never a sentence. Pages say it in the user's words
 * (components/shared/error-text.ts); the data layer knows no catalogue for these.
 */
export type DataErrorCode = 'locked' | 'unopened-write' | 'moving' | 'meeting-gone';

export class DataError extends Error {
  constructor(readonly code: DataErrorCode) {
    super(`data: ${code}`);
    this.name = 'DataError';
  }
}

/** The notes are encrypted and this page holds no key. */
export class LockedError extends DataError {
  constructor() {
    super('locked');
    this.name = 'LockedError';
  }
}

/** A record holds a value that could not be opened: it reads as a notice and is never written back. */
export class UnopenedError extends DataError {
  constructor() {
    super('unopened-write');
    this.name = 'UnopenedError';
  }
}

/** The notes are moving to a new store (encryption turned on, off or changed): writes wait. */
export class PausedError extends DataError {
  constructor() {
    super('moving');
    this.name = 'PausedError';
  }
}

/** The meeting asked for is not in the database (deleted in another tab, or never stored). */
export class MeetingGoneError extends DataError {
  constructor() {
    super('meeting-gone');
    this.name = 'MeetingGoneError';
  }
}
