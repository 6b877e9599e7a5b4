/**
 * Websocket close codes the sync server uses, shared with the client so it can tell the user what
 * happened. 4000–4999 is the range RFC 6455 leaves to applications. The standard y-websocket client
 * treats 4400–4499 as permanent (it stops reconnecting) and everything else as transient, so codes
 * are placed by that meaning: 44xx "this request can never succeed", 45xx "try again later".
 */
export const CloseCode = {
  /** Server shuts down or restarts; reconnect later. */
  GoingAway: 1001,
  /** A frame was larger than the server accepts (sent by the ws library itself). */
  MessageTooBig: 1009,
  /** Something unexpected went wrong on the server for this connection only; reconnect. */
  ServerError: 1011,
  /** The room name in the path is malformed. */
  BadRoom: 4400,
  /** No valid session (sign in again through an invite link). */
  Unauthorized: 4401,
  /** A message could not be decoded (truncated, garbage, unknown type). */
  MalformedMessage: 4402,
  /** Signed in, but not a member with access to this room (or a cross-site request). */
  Forbidden: 4403,
  /** The document or werkgroep of this room does not exist. */
  NotFound: 4404,
  /**
   * An update was larger than the server accepts, or would make the room's document larger than its
   * ceiling: it was not stored (the client must say "not saved: too large", not retry it).
   */
  TooLarge: 4413,
  /** A Yjs update or an awareness update was invalid. */
  InvalidUpdate: 4422,
  /** The client speaks another protocol version than the server: reload the app. */
  ProtocolVersion: 4426,
  /** The stored document could not be loaded; nothing was written. */
  LoadFailed: 4500,
  /** Storing an update failed; the client keeps its changes and sends them again on reconnect. */
  StorageFailed: 4501,
  /** The member's role changed or they were removed: reconnect to get the new rights (or a 4403). */
  RightsChanged: 4509,
  /** The client read too slowly and too much piled up for it. */
  TooSlow: 4508,
  /** Too many messages in too short a time, or too much sent before the document was loaded. */
  RateLimited: 4529,
  /** Too many connections from one address. */
  TooManyConnections: 4530,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

/** True for codes after which reconnecting with the same request cannot succeed. */
export function isPermanentClose(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === CloseCode.MessageTooBig;
}
