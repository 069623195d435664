import type { CompanionDatabase } from './database';
import type { Person } from './records';
import { cleanName } from '../rules/plain-text';

export interface PersonRef {
  name?: string;
  email?: string;
}

export function nameKeyOf(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Whether a name key is `part`, or begins with it as whole words: "sam rivera" begins with "sam". */
export function nameBeginsWith(full: string, part: string): boolean {
  return part !== '' && (full === part || full.startsWith(`${part} `));
}

/** "sam.lee@example.com" → "Sam Lee": a readable name when the calendar gave none. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

export async function findPerson(db: CompanionDatabase, ref: PersonRef): Promise<Person | undefined> {
  const email = ref.email?.trim().toLowerCase();
  if (email) return db.people.where('emails').equals(email).first();
  if (ref.name) return db.people.where('nameKey').equals(nameKeyOf(ref.name)).first();
  return undefined;
}

/** Finds the person by email (or, with no email, by name), or adds them. Call inside a transaction. */
export async function findOrCreatePerson(db: CompanionDatabase, ref: PersonRef, now: Date): Promise<Person> {
  const found = await findPerson(db, ref);
  if (found) {
    // A name learnt later (the calendar only showed an address before) is worth keeping.
    const name = ref.name && cleanName(ref.name);
    if (found.nameGuessed && name) {
      const named = { name, nameKey: nameKeyOf(name), nameGuessed: false, updatedAt: now.toISOString() };
      await db.people.update(found.id, named);
      return { ...found, ...named };
    }
    return found;
  }
  const person = newPerson(ref, now);
  await db.people.add(person);
  return person;
}

/** A person as the calendar names them, not stored yet. */
export function newPerson(ref: PersonRef, now: Date): Person {
  const email = ref.email?.trim().toLowerCase();
  const given = ref.name ? cleanName(ref.name) : '';
  const name = given || (email ? nameFromEmail(email) : 'Someone');
  return {
    id: crypto.randomUUID(),
    name,
    emails: email ? [email] : [],
    nameKey: nameKeyOf(name),
    ...(given ? {} : { nameGuessed: true }),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}
