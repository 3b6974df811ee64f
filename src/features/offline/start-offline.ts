// The only offline code in the first bundle besides the update offer: a few lines that load
// the registration after the page has loaded.
import { whenIdle } from '../../app/when-idle.ts';

/**
 * Registers the service worker in production builds served over http(s), once the page has
 * loaded and then gone idle, so neither the registration code nor the precaching competes
 * with the first frame (`load` alone can come before the first scenario is painted).
 */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) return;
  const start = () => {
    // If this chunk cannot load, the lab simply stays online-only: nothing to tell the user.
    import('./register-sw.ts').then((m) => m.registerServiceWorker()).catch(() => {});
  };
  const afterLoad = () => void whenIdle(start, 3000);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
