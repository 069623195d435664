/**
 * The one protocol between extension pages (and, later, content scripts) and
 * the background. Every message is parsed with zod on arrival; anything else
 * is ignored.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

export const Message = z.discriminatedUnion('type', [
  /** Commitments changed somewhere: recount the overdue badge now. */
  z.object({ type: z.literal('commitments-changed') }),
]);
export type Message = z.infer<typeof Message>;

export function parseMessage(value: unknown): Message | undefined {
  const parsed = Message.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Tells the background; never fails the caller (the worker may be starting or gone). */
export async function tellBackground(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The alarm recounts within minutes anyway.
  }
}
