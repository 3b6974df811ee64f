// The only offline code in the first bundle besides the update offer: a few lines that load
// the registration after the page has loaded.

/**
 * Registers the service worker in production builds served over http(s), once the page has
 * loaded, so neither the registration code nor the precaching competes with the first frame.
 */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const start = () => {
    // If this chunk cannot load, the lab simply stays online-only: nothing to tell the user.
    import('./register-sw.ts').then((m) => m.registerServiceWorker()).catch(() => {});
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
