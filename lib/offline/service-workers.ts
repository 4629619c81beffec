/**
 * The page's service workers, or undefined where the browser gives it none: an old
 * browser, some private windows, or one that throws on being asked.
 */
export function serviceWorkers(): ServiceWorkerContainer | undefined {
  try {
    return 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  } catch {
    return undefined;
  }
}
