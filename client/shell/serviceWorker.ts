/**
 * Registers the service worker that keeps the app itself available offline (documents are kept in
 * IndexedDB by the sync layer). Not in Vite's dev server, where files change all the time.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`/sw.js?build=${encodeURIComponent(__BUILD_ID__)}`).catch(() => {
      // Without it the app still works online; offline reloads then fail, as on any website.
    });
  });
}
