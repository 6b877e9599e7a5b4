import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files worth compressing; fonts (woff2), images and source maps are left as they are. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml)$/;
/** Below this a compressed copy saves less than the headers cost. */
const MIN_BYTES = 512;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every compressible
 * file in `dir`, keeping a copy only when it is smaller than the file. The server picks one by the
 * request's Accept-Encoding (server/http/staticClient.ts). Returns the files written.
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const written: string[] = [];
  const jobs: Promise<void>[] = [];
  for await (const file of walk(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    jobs.push(
      (async () => {
        const body = await fs.readFile(file);
        if (body.byteLength < MIN_BYTES) return;
        const [br, gz] = await Promise.all([
          brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            },
          }),
          gzip(body, { level: 9 }),
        ]);
        for (const [ext, out] of [
          ['.br', br],
          ['.gz', gz],
        ] as const) {
          if (out.byteLength >= body.byteLength) continue;
          await fs.writeFile(file + ext, out);
          written.push(file + ext);
        }
      })(),
    );
  }
  await Promise.all(jobs);
  return written.sort();
}

/** Vite plugin: precompress the whole output folder once everything (public files too) is written. */
export function precompress(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'wijkatelier-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      if (error || !config) return;
      await precompressDir(path.resolve(config.root, config.build.outDir));
    },
  };
}
