/**
 * The y-websocket wire protocol (as in y-protocols), plus our protocol version. The version travels
 * as the `v` query parameter; a client without it is treated as the current version so the
 * unmodified WebsocketProvider connects.
 */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_VERSION_PARAM = 'v';

export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

/** Limits the server enforces per connection; the client stays well inside them. */
export const SYNC_LIMITS = {
  /** Largest websocket frame accepted (bytes). */
  maxMessageBytes: 4 * 1024 * 1024,
  /** Messages buffered while the document loads (count and bytes). */
  maxBufferedMessages: 256,
  maxBufferedBytes: 8 * 1024 * 1024,
  /** Sustained messages per second and the burst allowed above it. Generous: the stock client
   *  re-sends every awareness change it hears, so a busy room of 30 makes each client chatty. */
  messagesPerSecond: 1000,
  messageBurst: 4000,
  /** Largest awareness state (JSON characters) of one client. */
  maxAwarenessStateChars: 4096,
} as const;
