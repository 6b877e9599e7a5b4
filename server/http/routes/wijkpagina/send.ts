import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';

const gzip = promisify(zlib.gzip);

/** A body ready to send: its bytes, gzipped once, and its ETag. */
export interface Prepared {
  identity: Buffer;
  gzip: Buffer;
  etag: string;
}

/** `etagOf`: what the ETag is of, when a part of the body changes without the content changing. */
export async function prepare(body: string, etagOf = body): Promise<Prepared> {
  const identity = Buffer.from(body, 'utf8');
  return {
    identity,
    gzip: await gzip(identity, { level: 6 }),
    etag: `W/"${createHash('sha256').update(etagOf).digest('base64url').slice(0, 27)}"`,
  };
}

/**
 * Sends a public answer: gzip when the client takes it, the ETag (a 304 when the reader has it already),
 * and the cache rule given.
 */
export function sendPrepared(
  req: Request,
  res: Response,
  p: Prepared,
  o: { type: string; cache: string; status?: number },
): void {
  const status = o.status ?? 200;
  res.status(status);
  res.setHeader('Content-Type', o.type);
  res.setHeader('Cache-Control', o.cache);
  res.vary('Accept-Encoding');
  res.vary('Accept-Language');
  res.setHeader('ETag', p.etag);
  if (status === 200 && req.get('if-none-match') === p.etag) {
    res.status(304).end();
    return;
  }
  if (/\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(p.gzip);
    return;
  }
  res.end(p.identity);
}

/** Prepares and sends a body made for this one answer. */
export async function sendText(
  req: Request,
  res: Response,
  o: { body: string; type: string; cache: string; status?: number },
): Promise<void> {
  sendPrepared(req, res, await prepare(o.body), o);
}
