/**
 * Fetching one of the site's own JSON files (the workshop catalogue, a quiz's items) in the
 * browser. The file is built with the pages, so its reader checks only that it arrived
 * whole; what can still go wrong is the network (offline before the service worker has the
 * file), a file cut short on the way, or a Wi-Fi login page answering instead. Every one of
 * those gives undefined, never an exception, so the caller shows its own message.
 */
export async function fetchSiteFile<T>(href: string, read: (json: unknown) => T | undefined, fetchFile: typeof fetch = fetch): Promise<T | undefined> {
  try {
    const response = await fetchFile(href);
    return response.ok ? read(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}
