/**
 * The background's answers, one handler per message type: the map is checked to hold
 * every type, and each handler's reply is the type the request names (ReplyTo in
 * utils/protocol/messaging.ts), so a sender's askBackground knows what comes back.
 */
import type { Message, MessageType, ReplyTo } from '../protocol/messaging';

/** Where a message came from: its tab, when a content script sent it. */
export interface From {
  tabId?: number | undefined;
}

type Reply<K extends MessageType> = ReplyTo<K> | undefined;
export type Handler<K extends MessageType> = (message: Extract<Message, { type: K }>, from: From) => Promise<Reply<K>> | Reply<K>;
export type Handlers = { [K in MessageType]: Handler<K> };

/** Hands a parsed, allowed message to its handler. */
export function dispatch<K extends MessageType>(
  handlers: Handlers,
  message: Extract<Message, { type: K }>,
  from: From,
): Promise<Reply<K>> | Reply<K> {
  // TypeScript cannot tie a union's member to the map's entry by itself: the map's type above does.
  const handler = handlers[message.type as K] as Handler<K>;
  return handler(message, from);
}
