/** Links to one person on the people page: `people.html#person=<id>`, written and read in one place. */
import { browser } from 'wxt/browser';

export function personHash(personId: string): string {
  return `#person=${encodeURIComponent(personId)}`;
}

export function personUrl(personId?: string): string {
  return `${browser.runtime.getURL('/people.html')}${personId ? personHash(personId) : ''}`;
}

export function personIdFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.slice(1)).get('person') ?? undefined;
}
