import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import { addCommitment, allCommitments, editCommitment, setDone } from '@/utils/db/commitments';
import { isSealed, isSealedValue, seal, unseal } from '@/utils/crypto/seal';
import { keepSealedValuesWhenLocked, LockedError, PausedError, setEncryption, UnopenedError } from '@/utils/crypto/middleware';
import { errorText } from '@/components/shared/error-text';
import { recordCancellation } from '@/utils/db/calendar-changes';
import { changePassphrase, disableEncryption, enableEncryption, loadLockState, lockNow, unlock } from '@/utils/crypto/lock';

// Fewer iterations than real use keep the suite quick; the real count is tested in passphrase.ts's defaults.
const ITERATIONS = 100_000;
const PASS = 'correct horse battery staple';

let db: CompanionDatabase;
let name: string;
let counter = 0;

/** What IndexedDB itself holds: read without the middleware. */
async function raw() {
  const plain = new Dexie(db.name);
  await plain.open();
  const result = {
    meetings: await plain.table('meetings').toArray(),
    commitments: (await plain.table('commitmentBooks').toArray()).flatMap((book) => book.items),
  };
  plain.close();
  return result;
}

/** Runs a move (enable, change, turn off) and carries on with the store the notes moved to. */
async function moved(result: Promise<{ ok: true; db: CompanionDatabase } | { ok: false; error: string }>): Promise<{ ok: boolean }> {
  const outcome = await result;
  if (outcome.ok) db = outcome.db;
  return { ok: outcome.ok };
}

beforeEach(async () => {
  setEncryption(false, null);
  name = `crypto-${++counter}`;
  db = new CompanionDatabase(name);
  const { person, meeting } = await openOccurrence(db, {
    key: 'k',
    seriesKey: 's',
    title: 'Alex / Sam 1:1',
    start: '2026-03-05T09:00:00.000Z',
    counterpart: { name: 'Sam' },
  });
  await saveNotes(db, meeting.id, 'Worried about burnout.');
  await saveNotes(db, meeting.id, 'We agreed on a lighter sprint.', new Date(), 'shared');
  await db.meetings.update(meeting.id, {
    topics: [{ id: 't', text: 'Salary', done: false }],
    difficult: { example: 'Missed handover', behaviour: 'b', questions: 'q', followUp: '2026-03-19' },
  });
  await addCommitment(db, { personId: person.id, meetingId: meeting.id }, { text: 'Share the criteria', owner: 'me' });
});
afterEach(async () => {
  setEncryption(false, null);
  await db.delete();
});

describe('sealing', () => {
  it('round-trips, with a fresh nonce each time, and refuses the wrong key', () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const sealed = seal(key, 'Grüße, 🎉, <b>');
    expect(isSealed(sealed)).toBe(true);
    expect(seal(key, 'same')).not.toBe(seal(key, 'same'));
    expect(unseal(key, sealed)).toBe('Grüße, 🎉, <b>');
    expect(() => unseal(crypto.getRandomValues(new Uint8Array(32)), sealed)).toThrow();
  });
});

describe('encryption at rest', () => {
  it('seals notes, topics, preparation and commitments on disk, and the app still reads them', async () => {
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const stored = await raw();
    const meeting = stored.meetings[0];
    for (const value of [meeting.notes, meeting.shared, meeting.topics[0].text, meeting.difficult.example, stored.commitments[0].text])
      expect(isSealedValue(value)).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/burnout|lighter sprint|Salary|handover|criteria/);
    expect(meeting.difficult.followUp).toBe('2026-03-19');
    const read = (await db.meetings.toArray())[0]!;
    expect(read.notes).toBe('Worried about burnout.');
    expect((await allCommitments(db))[0]!.text).toBe('Share the criteria');
    // New writes are sealed too.
    await saveNotes(db, read.id, 'Feeling better.');
    expect(isSealedValue((await raw()).meetings[0].notes)).toBe(true);
  });

  it('seals every field a person typed: a marker in each free-text field of a meeting and a commitment is nowhere on disk', async () => {
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const [meeting] = await db.meetings.toArray();
    // Every field of the records that holds words a person chose, each with its own marker.
    const typed = {
      notes: 'MARK-notes',
      shared: 'MARK-shared',
      cancelReason: 'MARK-reason',
      topics: [{ id: 't', text: 'MARK-topic', done: false }],
      difficult: { example: 'MARK-example', behaviour: 'MARK-behaviour', questions: 'MARK-questions', followUp: '2026-03-19' },
    };
    await db.meetings.update(meeting!.id, typed);
    const [commitment] = await allCommitments(db);
    await editCommitment(db, commitment!, { text: 'MARK-commitment', owner: 'me' });
    const stored = JSON.stringify(await raw());
    expect(stored.match(/MARK-[a-z]+/g) ?? []).toEqual([]);
    // What is readable by design (docs/PRIVACY.md): the title the calendar gave, names, dates, states.
    expect(stored).toContain('Alex / Sam 1:1');
    expect((await db.meetings.get(meeting!.id))?.cancelReason).toBe('MARK-reason');
  });

  it('a 1:1 cancelled while the notes are locked counts as cancelled; its reason, which cannot be sealed, is not kept', async () => {
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    // The background, locked: it keeps sealed values as they are and holds no key.
    setEncryption(true, null);
    keepSealedValuesWhenLocked(true);
    try {
      const ref = { key: 'k', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-03-05T09:00:00.000Z', counterpart: { name: 'Sam' } };
      const meeting = await recordCancellation(db, ref, { reason: 'MARK-locked-reason', endedSeries: false });
      expect(meeting.status).toBe('cancelled');
      const stored = JSON.stringify(await raw());
      expect(stored).not.toContain('MARK-locked-reason');
      expect(stored).toContain('"status":"cancelled"');
    } finally {
      keepSealedValuesWhenLocked(false);
    }
  });

  it('stays locked in a new session until the passphrase is given; a wrong one changes nothing', async () => {
    await moved(enableEncryption(db, PASS, ITERATIONS));
    await lockNow();
    expect(await loadLockState(db)).toBe('locked');
    const before = await raw();
    // Locked, a page can neither show sealed text as if it were a note, nor write.
    await expect(db.meetings.toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(saveNotes(db, before.meetings[0].id, 'typed while locked')).rejects.toBeInstanceOf(LockedError);
    expect(await unlock('wrong passphrase', db)).toEqual({ ok: false, error: 'That passphrase is not right. Nothing was changed.' });
    expect(await raw()).toEqual(before);
    expect(await unlock(PASS, db)).toEqual({ ok: true });
    expect(await loadLockState(db)).toBe('unlocked');
    expect((await db.meetings.toArray())[0]!.notes).toBe('Worried about burnout.');
  });

  it('changes the passphrase by re-encrypting everything in one go; a wrong current one changes nothing', async () => {
    await moved(enableEncryption(db, PASS, ITERATIONS));
    const before = await raw();
    expect((await changePassphrase(db, 'not it', 'a whole new passphrase', ITERATIONS)).ok).toBe(false);
    expect(await raw()).toEqual(before);
    expect(await moved(changePassphrase(db, PASS, 'a whole new passphrase', ITERATIONS))).toEqual({ ok: true });
    const after = await raw();
    expect(after.meetings[0].notes).not.toBe(before.meetings[0].notes);
    await lockNow();
    expect((await unlock(PASS, db)).ok).toBe(false);
    expect(await unlock('a whole new passphrase', db)).toEqual({ ok: true });
    expect((await db.meetings.toArray())[0]!.notes).toBe('Worried about burnout.');
  });

  it('turns off, leaving everything readable on disk', async () => {
    await moved(enableEncryption(db, PASS, ITERATIONS));
    expect((await disableEncryption(db, 'nope')).ok).toBe(false);
    expect(await moved(disableEncryption(db, PASS))).toEqual({ ok: true });
    expect((await raw()).meetings[0].notes).toBe('Worried about burnout.');
    expect(await loadLockState(db)).toBe('off');
  });
});

describe('encrypted backups', () => {
  it('open with the passphrase, and a wrong one changes nothing', async () => {
    const { exportBackup } = await import('@/utils/backup/export');
    const { parseBackupText } = await import('@/utils/backup/read');
    const { sealBackup, openSealedBackup } = await import('@/utils/backup/sealed');
    const { newKeyring } = await import('@/utils/crypto/passphrase');
    const backup = await exportBackup(db, {});
    const { keyring, key } = await newKeyring(PASS, ITERATIONS);
    const file = sealBackup(JSON.stringify(backup), keyring, key);
    expect(file).not.toMatch(/burnout|criteria/);
    const read = parseBackupText(file);
    expect(read.ok).toBe(false);
    if (read.ok || !read.sealed) throw new Error('expected a sealed backup');
    expect(read.error).toBe('This backup is encrypted: enter the passphrase it was made with.');
    expect(await openSealedBackup(read.sealed, 'wrong')).toEqual({
      ok: false,
      error: 'That passphrase does not open this backup. Nothing was changed.',
    });
    const opened = await openSealedBackup(read.sealed, PASS);
    expect(opened.ok && opened.backup.data).toEqual(backup.data);
  });
});

describe('text that looks sealed is text (issue 17.1)', () => {
  const LOOKS_SEALED = 'enc1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA and then my actual note';

  it('with encryption off, a note beginning "enc1:" reads, lists and exports like any other', async () => {
    const { exportBackup } = await import('@/utils/backup/export');
    const meeting = (await db.meetings.toArray())[0]!;
    await saveNotes(db, meeting.id, LOOKS_SEALED);
    await editCommitment(db, (await allCommitments(db))[0]!, { text: 'enc1:Zm9v', owner: 'me' });
    expect((await db.meetings.get(meeting.id))!.notes).toBe(LOOKS_SEALED);
    expect((await allCommitments(db))[0]!.text).toBe('enc1:Zm9v');
    const backup = await exportBackup(db, {});
    expect(backup.data.meetings[0]!.notes).toBe(LOOKS_SEALED);
  });

  it('with encryption on, such a note is sealed like any other and opens again', async () => {
    await moved(enableEncryption(db, PASS, ITERATIONS));
    const meeting = (await db.meetings.toArray())[0]!;
    await saveNotes(db, meeting.id, LOOKS_SEALED);
    const stored = (await raw()).meetings[0];
    expect(isSealedValue(stored.notes)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('my actual note');
    expect((await db.meetings.get(meeting.id))!.notes).toBe(LOOKS_SEALED);
  });

  it('notes sealed by the earlier format ("enc1:" strings) still open; such text that does not open is text', async () => {
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const { loadLockState: reload } = await import('@/utils/crypto/lock');
    await reload(db);
    const { encryptionState } = await import('@/utils/crypto/middleware');
    const key = encryptionState().key!;
    const plain = new Dexie(db.name);
    await plain.open();
    const id = (await plain.table('meetings').toArray())[0].id;
    await plain.table('meetings').update(id, { notes: seal(key, 'Sealed the old way'), shared: 'enc1:not really sealed' });
    plain.close();
    const read = (await db.meetings.get(id))!;
    expect(read.notes).toBe('Sealed the old way');
    expect(read.shared).toBe('enc1:not really sealed');
  });

  it('a record that cannot be opened fails alone: the others read, export works, and it is never overwritten', async () => {
    const { exportBackup } = await import('@/utils/backup/export');
    const second = await openOccurrence(db, {
      key: 'k2',
      seriesKey: 's2',
      title: 'Alex / Kim 1:1',
      start: '2026-03-06T09:00:00.000Z',
      counterpart: { name: 'Kim' },
    });
    await saveNotes(db, second.meeting.id, 'Kim is doing well.');
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const plain = new Dexie(db.name);
    await plain.open();
    const damagedId = (await plain.table('meetings').toArray()).find((meeting) => meeting.id !== second.meeting.id).id;
    const damaged = { sealed: 1, data: btoa('not the bytes of any sealed note at all') };
    await plain.table('meetings').update(damagedId, { notes: damaged });
    plain.close();

    const meetings = await db.meetings.toArray();
    expect(meetings).toHaveLength(2);
    const bad = meetings.find((meeting) => meeting.id === damagedId)!;
    expect(bad.unopened).toBe(true);
    expect(bad.notes).toMatch(/cannot be opened/);
    expect(bad.shared).toBe('We agreed on a lighter sprint.');
    expect(meetings.find((meeting) => meeting.id === second.meeting.id)!.notes).toBe('Kim is doing well.');
    await expect(saveNotes(db, damagedId, 'typed over the notice')).rejects.toBeInstanceOf(UnopenedError);
    const backup = await exportBackup(db, {});
    expect(backup.data.meetings).toHaveLength(2);
    expect(JSON.stringify(backup)).not.toContain('unopened');
    // A passphrase change re-seals what opens and leaves the damaged value exactly as it was.
    expect(await moved(changePassphrase(db, PASS, 'another long passphrase', ITERATIONS))).toEqual({ ok: true });
    const after = new Dexie(db.name);
    await after.open();
    expect((await after.table('meetings').get(damagedId)).notes).toEqual(damaged);
    after.close();
    // Turning encryption off would leave it sealed where nothing opens it: refused, nothing changed.
    const off = await disableEncryption(db, 'another long passphrase');
    expect(off.ok).toBe(false);
    expect(!off.ok && off.error).toMatch(/One note cannot be opened/);
    expect(await loadLockState(db)).toBe('unlocked');
  });

  it("a commitment that cannot be opened fails alone: the person's others are still written, it stays as stored", async () => {
    const [first] = await allCommitments(db);
    const where = { personId: first!.personId, meetingId: first!.meetingId };
    await addCommitment(db, where, { text: 'Book the course', owner: 'them' });
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const plain = new Dexie(db.name);
    await plain.open();
    const damaged = { sealed: 1, data: btoa('not the bytes of any sealed commitment') };
    const [book] = await plain.table('commitmentBooks').toArray();
    const items = book.items.map((item: { id: string }) => (item.id === first!.id ? { ...item, text: damaged } : item));
    await plain.table('commitmentBooks').put({ ...book, items });
    plain.close();

    const read = await allCommitments(db);
    const bad = read.find((commitment) => commitment.id === first!.id)!;
    expect(bad).toMatchObject({ unopened: true, text: expect.stringMatching(/cannot be opened/) });
    expect(read.find((commitment) => commitment.id !== first!.id)!.text).toBe('Book the course');
    // The person's other commitments change and new ones come; the damaged one goes back as it was.
    await setDone(
      db,
      read.find((commitment) => commitment.id !== first!.id)!,
      true,
    );
    await addCommitment(db, where, { text: 'Share the notes', owner: 'me' });
    await expect(editCommitment(db, bad, { text: 'typed over the notice', owner: 'me' })).rejects.toBeInstanceOf(UnopenedError);
    const stored = (await raw()).commitments;
    expect(stored).toHaveLength(3);
    expect(stored.find((commitment) => commitment.id === first!.id).text).toEqual(damaged);
    expect((await allCommitments(db)).map((commitment) => commitment.text).sort()).toEqual([
      'Book the course',
      'Share the notes',
      bad.text,
    ]);
    // Turning encryption off would leave it sealed where nothing opens it: refused, nothing changed.
    const off = await disableEncryption(db, PASS);
    expect(!off.ok && off.error).toMatch(/One note cannot be opened/);
    expect(await loadLockState(db)).toBe('unlocked');
  });

  it('a plain backup holding sealed-looking values imports them as text', async () => {
    const { parseBackupText } = await import('@/utils/backup/read');
    const { planImport, applyImport } = await import('@/utils/backup/merge');
    const { exportBackup } = await import('@/utils/backup/export');
    const backup = await exportBackup(db, {});
    backup.data.meetings[0]!.notes = LOOKS_SEALED;
    backup.data.meetings[0]!.updatedAt = '2026-03-07T09:00:00.000Z';
    const read = parseBackupText(JSON.stringify(backup));
    if (!read.ok) throw new Error(read.error);
    const plan = await planImport(db, read.backup);
    await applyImport(db, plan, new Set(plan.conflicts.map((conflict) => conflict.key)));
    expect((await db.meetings.toArray())[0]!.notes).toBe(LOOKS_SEALED);
  });
});

describe('moving the notes to a new store (issue 17.3, 17.4, 17.6)', () => {
  /** What a browser restart finds: the store the pointer names, locked or not. */
  async function restart() {
    setEncryption(false, null);
    const { openStore, storePointer } = await import('@/utils/db/database');
    const pointer = await storePointer.getValue();
    const reopened = await openStore(pointer?.name ?? null);
    return { reopened, pointer };
  }
  const names = async () =>
    (await indexedDB.databases()).map((info) => info.name).filter((name) => name?.startsWith('crypto-') || name?.includes('@notes-'));

  it('turning encryption on leaves nothing of the plain store behind, and the keyring only in the new store', async () => {
    const before = db.name;
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    expect(db.name).not.toBe(before);
    expect(await names()).toEqual([db.name]);
    expect(await fakeBrowser.storage.local.get('keyring')).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('"check"');
    expect((await db.meta.get('keyring'))?.value).toMatchObject({ v: 1, iterations: ITERATIONS });
  });

  it.each(['paused', 'copied'] as const)('a failure after "%s" changes nothing: the notes stay where and as they were', async (step) => {
    const before = db.name;
    const result = await enableEncryption(db, PASS, ITERATIONS, step);
    expect(result.ok).toBe(false);
    const { reopened, pointer } = await restart();
    reopened.close();
    // The pointer still names the store the notes were in (this test's store is the default kind), no move under way.
    expect(pointer).toEqual({ name: db.store });
    expect(await loadLockState(db)).toBe('off');
    expect((await db.meetings.toArray())[0]!.notes).toBe('Worried about burnout.');
    // The half-made store is gone.
    expect(await names()).toEqual([before]);
  });

  it('a crash right after the switch loses nothing: the new store opens with the new passphrase, the old one is cleared away', async () => {
    expect(await moved(enableEncryption(db, PASS, ITERATIONS))).toEqual({ ok: true });
    const sealedName = db.name;
    const result = await changePassphrase(db, PASS, 'a whole new passphrase', ITERATIONS, 'switched');
    expect(result.ok).toBe(false);
    const { reopened } = await restart();
    expect(reopened.name).not.toBe(sealedName);
    expect(await loadLockState(reopened)).toBe('locked');
    expect((await unlock(PASS, reopened)).ok).toBe(false);
    expect(await unlock('a whole new passphrase', reopened)).toEqual({ ok: true });
    expect((await reopened.meetings.toArray())[0]!.notes).toBe('Worried about burnout.');
    const { removeLeftovers } = await import('@/utils/db/database');
    await removeLeftovers(reopened);
    expect(await names()).toEqual([reopened.name]);
    db = reopened;
  });

  it('other pages’ writes wait while the notes move, and fail with a clear message rather than land in the old store', async () => {
    const { pauseWrites } = await import('@/utils/crypto/middleware');
    pauseWrites(db.name);
    const meeting = (await db.meetings.toArray())[0]!;
    const refused = await saveNotes(db, meeting.id, 'typed during the move').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PausedError);
    expect(errorText(refused)).toMatch(/being moved/);
    pauseWrites(null);
    await saveNotes(db, meeting.id, 'typed after the move');
  });
});
