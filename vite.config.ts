import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress.ts';

const buildId = new Date()
  .toISOString()
  .replace(/[^0-9]/g, '')
  .slice(0, 14);

/**
 * @utrecht/component-library-react is one module whose every component is followed by
 * `X.displayName = 'X'`: a side effect that makes the bundler keep all ~100 components (187 kB
 * minified) when we use a dozen. Dropping those assignments (names only for React DevTools) lets
 * tree-shaking keep just the components we import.
 */
function shakeableNlds(): Plugin {
  return {
    name: 'wijkatelier-shakeable-nlds',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('@utrecht/component-library-react/dist/index.mjs')) return null;
      return { code: code.replace(/^\w+\.displayName = '[^']*';$/gm, ''), map: null };
    },
  };
}

/**
 * Lists every built JS/CSS file and the Latin fonts in precache.json, for the service worker to keep
 * offline (not MapLibre: see below). The Latin Extended font files (55–65 kB each) are left to be cached when a page first
 * needs one (the worker keeps every /assets/ file it fetches): most pages never do. Written
 * after the bundle is on disk: Vite drops the empty JS chunk of a CSS-only module late, and a listed
 * file that does not exist makes the service worker's install fail (and the app not work offline).
 */
function precacheList(): Plugin {
  return {
    name: 'wijkatelier-precache-list',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/client';
      const files = Object.keys(bundle)
        .filter(
          (f) =>
            /\.(js|css|woff2)$/.test(f) &&
            !/-latin-ext-/.test(f) &&
            // MapLibre (300 kB compressed) is fetched, and then kept, only by those who open the map.
            !/^assets\/maplibre-gl/.test(f) &&
            fs.existsSync(path.join(dir, f)),
        )
        .sort();
      fs.writeFileSync(path.join(dir, 'precache.json'), JSON.stringify({ build: buildId, files }));
    },
  };
}

// One config for the client build (root: client/, output: dist/client) and for Vitest.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react(), shakeableNlds(), precacheList(), precompress()],

  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The NL Design System React package has no "sideEffects" flag; its modules are pure.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('@utrecht/') },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/theme.css': 'http://127.0.0.1:3000',
      '/collab': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One file at a time (Vitest's default on 2 cores). Three at once took the run from 8.7 to 5.8 min,
    // but a test starting two child servers then ran out of its 30 s in 1 of 4 full runs: not until
    // those tests have room for it.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
