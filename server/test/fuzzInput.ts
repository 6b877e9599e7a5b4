import fc from 'fast-check';
import { clientFrame } from './rawHttp';

/**
 * Arbitraries for throwing malformed input at a running server: path fragments that break
 * decoders, header values with raw bytes, and websocket frames from valid to nonsense.
 * Strings are written to the socket as latin1, so every code point becomes one raw byte.
 */
const NASTY = [
  '%',
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '%2F',
  '%25',
  '%%',
  '..',
  '.',
  '/',
  '//',
  ':',
  '?',
  '#',
  ';',
  '\\',
  '*',
  '~',
  '\u00e9',
  '\u00ff',
  'doc:',
  'section:',
  'werkgroep:',
  'board:',
  'boarddraft:',
  'session:',
  'x'.repeat(70),
  'a'.repeat(4000),
] as const;

export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A few fragments run together, optionally mixed with known-good pieces (ids, tokens). */
export function pieces(known: readonly string[]): fc.Arbitrary<string> {
  const any = known.length > 0 ? fc.oneof(fragment, fc.constantFrom(...known)) : fragment;
  return fc.array(any, { minLength: 0, maxLength: 5 }).map((parts) => parts.join(''));
}

/** A query string: nothing, a real or a broken token, a protocol version, or nonsense. */
export function query(token: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(''),
    fc.constant(`?token=${token}`),
    pieces([]).map((p) => `?token=${p}`),
    pieces(['1', '2', '-1']).map((p) => `?v=${p}&token=${token}`),
    pieces(['=', '&', 'token']).map((p) => `?${p}`),
  );
}

/** Header lines to add to (or replace in) a request: names that reach our code, values from good to raw bytes. */
export function headerLines(
  names: readonly string[],
  good: readonly string[],
): fc.Arbitrary<[string, string][]> {
  const value = fc.oneof(
    fc.constantFrom(...good),
    pieces(good),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constant(''),
  );
  return fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 4 });
}

/** Applies header lines to base headers: replacing the first of the same name, or adding a duplicate. */
export function withHeaders(
  base: readonly [string, string][],
  extra: readonly [string, string][],
  replace: boolean,
): [string, string][] {
  const out = base.map(([k, v]) => [k, v] as [string, string]);
  for (const [name, value] of extra) {
    const at = out.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (replace && at >= 0) out[at] = [name, value];
    else out.push([name, value]);
  }
  return out;
}

/** y-websocket message starts (sync step 1/2, update, awareness, query awareness, auth, unknown). */
const MESSAGE_STARTS = [[0, 0], [0, 1], [0, 2], [1], [3], [2], [0], [127], [255, 255, 255, 255, 15]] as const;

const payload = fc.oneof(
  fc.uint8Array({ maxLength: 48 }),
  fc
    .tuple(fc.constantFrom(...MESSAGE_STARTS), fc.uint8Array({ maxLength: 48 }))
    .map(([start, rest]) => new Uint8Array([...start, ...rest])),
);

/** What a client sends after the upgrade: well-formed frames with odd content, or raw bytes. */
export const frames: fc.Arbitrary<Buffer[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: payload.map((p) => clientFrame(2, p)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 15 }), payload, fc.boolean())
        .map(([opcode, p, fin]) => clientFrame(opcode, p, fin)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 32 }).map((b) => Buffer.from(b)) },
  ),
  { maxLength: 4 },
);

/** Frames the server sent (unmasked), as far as they are complete. */
export function serverFrames(bytes: Buffer): { opcode: number; payload: Buffer }[] {
  const out: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = (bytes[at] as number) & 0x0f;
    let len = (bytes[at + 1] as number) & 0x7f;
    let start = at + 2;
    if (len === 126) {
      if (start + 2 > bytes.length) break;
      len = bytes.readUInt16BE(start);
      start += 2;
    } else if (len === 127) {
      if (start + 8 > bytes.length) break;
      len = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + len > bytes.length) break;
    out.push({ opcode, payload: bytes.subarray(start, start + len) });
    at = start + len;
  }
  return out;
}

/** The close code in the server's close frame, if it sent one. */
export function closeCodeOf(bytes: Buffer): number | null {
  const close = serverFrames(bytes).find((f) => f.opcode === 8);
  return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null;
}
