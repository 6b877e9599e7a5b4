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
  /**
   * Largest Yjs update (an update or a sync step 2) the server accepts; above it the connection
   * closes with TooLarge (4413) and nothing is stored. A 40-page draft pasted into one section is
   * 150–270 KB as a Yjs update (measured: 140,000 characters, headings, every 7th word bold).
   */
  maxUpdateBytes: 1024 * 1024,
  /**
   * Update bytes one member may send per minute, over all their connections and rooms (a token
   * bucket that holds one minute); above it RateLimited (4529), and the client tries again later.
   * A day of typing is ~10 KB a minute; two pasted 40-page drafts fit in one minute.
   */
  memberUpdateBytesPerMinute: 2 * 1024 * 1024,
  /**
   * Ceiling of one room's document (its encoded state, what a newcomer downloads): an update that
   * would take it past this closes with TooLarge (4413). Updates that only delete are always accepted.
   */
  maxRoomBytes: 4 * 1024 * 1024,
} as const;
