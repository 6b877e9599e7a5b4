import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import express, { type RequestHandler, type Response } from 'express';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to send for an Accept-Encoding header: brotli when the client takes it, then gzip,
 * else the file as it is. Order in the header does not matter (Chromium sends "gzip, deflate, br,
 * zstd"); only a q of 0 refuses a coding, and `*` stands for every coding not named.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || accepts('x-gzip')) return 'gzip';
  return 'identity';
}

const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves the built client: a request for a file that the build precompressed (`x.js.br`,
 * `x.js.gz` beside `x.js`, see build/precompress.ts) gets the copy its Accept-Encoding takes best,
 * with the original's Content-Type and `Vary: Accept-Encoding`; every other file as it is.
 * `cacheControl` names the Cache-Control header of a file by its path under the folder.
 */
export function staticClient(clientDir: string, cacheControl: (name: string) => string): RequestHandler[] {
  const root = path.resolve(clientDir);
  // The built files do not change while the server runs (a new build is a new start): look at the
  // disk once per path, not three times on every request.
  const known = new Map<string, readonly ('br' | 'gzip')[]>();
  const variantsOf = (file: string) => {
    let found = known.get(file);
    if (!found) {
      found = fs.existsSync(file)
        ? (['br', 'gzip'] as const).filter((e) => fs.existsSync(file + SUFFIX[e]))
        : [];
      // Only real files are remembered: a stream of made-up paths must not grow the map.
      if (found.length > 0) known.set(file, found);
    }
    return found;
  };
  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let name: string;
    try {
      name = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, name);
    if (!file.startsWith(root + path.sep) || name.includes('\0')) return next();
    const variants = variantsOf(file);
    if (variants.length === 0) return next();
    res.vary('Accept-Encoding');
    const wanted = chooseEncoding(req.get('accept-encoding'));
    if (wanted === 'identity' || !variants.includes(wanted)) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', wanted);
    res.setHeader('Cache-Control', cacheControl(name));
    res.sendFile(
      file + SUFFIX[wanted],
      { dotfiles: 'deny', cacheControl: false, lastModified: true },
      (error) => {
        if (error) next(error);
      },
    );
  };
  return [
    precompressed,
    express.static(root, {
      index: false,
      setHeaders(res, file) {
        res.setHeader('Cache-Control', cacheControl(`/${path.relative(root, file)}`));
      },
    }),
  ];
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * A body made on the server (the app shell with its theme class, the theme's tokens), compressed
 * once per content in both codings and sent as the request's Accept-Encoding takes best.
 */
export class CompressedBody {
  private made: { source: string; identity: Buffer; br: Promise<Buffer>; gzip: Promise<Buffer> } | undefined;

  /** `type` as for res.type ('html', 'css'). */
  async send(res: Response, acceptEncoding: string | undefined, source: string, type: string): Promise<void> {
    if (this.made?.source !== source) {
      const identity = Buffer.from(source, 'utf8');
      this.made = {
        source,
        identity,
        br: brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzip(identity, { level: 9 }),
      };
    }
    const encoding = chooseEncoding(acceptEncoding);
    const body = encoding === 'identity' ? this.made.identity : await this.made[encoding];
    res.vary('Accept-Encoding');
    res.type(type);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    // send() sets Content-Length, an ETag of these bytes, answers 304 and HEAD.
    res.send(body);
  }
}
