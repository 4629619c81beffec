import { z } from '../zod';

/** A CSP source naming one script's or style's SHA-256: `'sha256-…'`. */
const hashSource = z.string().regex(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);

/**
 * The generated record of what every exported page may run, read by the header check and the
 * browser tests, and rendered into each host's config (`out/_headers`, the nginx includes).
 */
export const pagePolicySchema = z.object({
  /** The HTML file, relative to out/: `learn/organiser/index.html`. */
  file: z.string().min(1),
  /** The addresses a host serves it at, the canonical one first: `/learn/organiser/`, then `/learn/organiser/index.html`. */
  urls: z.array(z.string().startsWith('/')).min(1),
  /** One `'sha256-…'` source per distinct inline script on the page. */
  scriptSources: z.array(hashSource),
  /** One `'sha256-…'` source per distinct `<style>` element on the page (the site's stylesheets, inlined). */
  styleSources: z.array(hashSource),
  /** The policy a host sends with the page over HTTPS. */
  contentSecurityPolicy: z.string().min(1),
});
export type PagePolicy = z.infer<typeof pagePolicySchema>;

export const securityManifestSchema = z.object({
  /** The page a host sends, with status 404, for an address it has nothing at. */
  notFoundFile: z.string().min(1),
  /**
   * The not-found page's policy. A host picks headers by the address asked for, not by the file
   * it sends back, so this is the policy for every address no page rule names.
   */
  fallbackContentSecurityPolicy: z.string().min(1),
  /** Headers sent with every response over HTTPS. */
  siteHeaders: z.array(z.tuple([z.string(), z.string()])),
  pages: z.array(pagePolicySchema).min(1),
});
export type SecurityManifest = z.infer<typeof securityManifestSchema>;

export interface ExportedPage {
  /** Relative to out/, with forward slashes. */
  file: string;
  html: string;
}

export const notFoundFile = '404.html';

/** The addresses a static host serves an exported HTML file at, the one the site links to first. */
export function urlsForFile(file: string): string[] {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) {
    const folder = `/${file.slice(0, -'index.html'.length)}`;
    return [folder, `/${file}`];
  }
  return [`/${file.slice(0, -'.html'.length)}`, `/${file}`];
}
