// The offline copy (src/service-worker.ts) is registered by the app itself, not by SvelteKit at the
// page's load event: on the map page that would download the offline copy while the map is still
// loading and slow it down. The map page registers once its map has settled; other pages once
// they have loaded.
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { PORTABLE } from './portable';

let registered = false;

export function registerOfflineCopy(): void {
  // The portable atlas is already the offline copy (and a file:// page can register no worker).
  if (registered || dev || PORTABLE || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register(`${base}/service-worker.js`).catch((error: unknown) => {
    // The app works without it; only the offline copy is missing.
    console.warn('offline copy unavailable:', error);
  });
}

/** Registers after the window's load event and a moment of idle time. */
export function registerOfflineCopyWhenLoaded(): void {
  const later = () => ('requestIdleCallback' in window ? requestIdleCallback(registerOfflineCopy, { timeout: 2000 }) : setTimeout(registerOfflineCopy, 200));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
