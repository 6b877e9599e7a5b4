/** Set by vite.config.ts at build time; names the service worker's cache. */
declare const __BUILD_ID__: string;
