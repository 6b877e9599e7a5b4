import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';

const gzip = promisify(zlib.gzip);

/**
 * Sends a public text answer: gzip when the client takes it (level 6: fast enough for many readers at
 * once), an ETag of the text (a 304 when the reader has it already), and the cache rule given.
 */
export async function sendText(
  req: Request,
  res: Response,
  o: {
    body: string;
    type: string;
    cache: string;
    status?: number;
    /** What the ETag is of, when parts of the body change on every answer (the form's time token). */
    etagOf?: string;
  },
): Promise<void> {
  const etag = `W/"${createHash('sha256')
    .update(o.etagOf ?? o.body)
    .digest('base64url')
    .slice(0, 27)}"`;
  res.status(o.status ?? 200);
  res.setHeader('Content-Type', o.type);
  res.setHeader('Cache-Control', o.cache);
  res.vary('Accept-Encoding');
  res.vary('Accept-Language');
  res.setHeader('ETag', etag);
  if ((o.status ?? 200) === 200 && req.get('if-none-match') === etag) {
    res.status(304).end();
    return;
  }
  const identity = Buffer.from(o.body, 'utf8');
  if (/\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(await gzip(identity, { level: 6 }));
    return;
  }
  res.end(identity);
}
