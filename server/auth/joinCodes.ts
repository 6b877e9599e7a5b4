import crypto from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/schemas/meeting';

/** A join code from the alphabet without look-alikes, each character uniformly random. */
export function newJoinCode(): string {
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)],
  ).join('');
}

/**
 * The join codes of running meetings. A code has only 25⁶ ≈ 244 million values: a plain SHA-256 of it
 * is undone by trying them all in seconds, so the database gets an HMAC under a key that exists only
 * in this process's memory, and the plain code (which the console and the room screen show) is kept
 * here, in memory, too. After a restart neither is known any more: every running meeting then gets a
 * new code (`issue`), which the console and the screen pick up through the meeting's room.
 */
export class JoinCodes {
  readonly #key = crypto.randomBytes(32);
  readonly #codes = new Map<string, string>();

  /** What the database stores and looks codes up by. */
  hash(code: string): string {
    return crypto.createHmac('sha256', this.#key).update(code).digest('hex');
  }

  /** A new code for a meeting (the old one stops working once the new hash is stored). */
  issue(meetingId: string): { code: string; hash: string } {
    const code = newJoinCode();
    this.#codes.set(meetingId, code);
    return { code, hash: this.hash(code) };
  }

  /** The meeting's current code, if this process made it. */
  codeOf(meetingId: string): string | null {
    return this.#codes.get(meetingId) ?? null;
  }

  forget(meetingId: string): void {
    this.#codes.delete(meetingId);
  }
}
