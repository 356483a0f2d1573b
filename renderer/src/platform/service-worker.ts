/**
 * Registers the web build's service worker (see scripts/service-worker-template.js) so the app
 * opens with no network after its first visit. Only on http(s): the desktop app loads its files
 * from its own protocol and needs none.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      console.warn('Quorum could not register its offline cache', error);
    });
  });
}
