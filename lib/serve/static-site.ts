import { posix } from 'node:path';

/**
 * How a static host answers a request for the exported site, as a pure decision: serve a
 * file, redirect to the folder's address, or send the not-found page with status 404. It
 * follows nginx's `try_files $uri $uri/ =404` with `index index.html`, which Netlify and
 * Cloudflare Pages also do for a site built with trailing slashes.
 */
export type StaticAnswer =
  | { kind: 'file'; file: string; status: 200 }
  | { kind: 'redirect'; location: string; status: 308 }
  | { kind: 'not-found'; file: string; status: 404 }
  | { kind: 'bad-request'; status: 400 };

export interface SiteFiles {
  /** Is there a file at this path, relative to the site root (no leading slash)? */
  isFile(path: string): boolean;
}

/** Files a host reads as its config and never serves. */
const hostConfigFiles = new Set(['_headers', '_redirects']);

export function answerRequest(pathname: string, search: string, site: SiteFiles, notFoundFile = '404.html'): StaticAnswer {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-request', status: 400 };
  }
  // Never outside the site: `..` and NUL are refused outright, not resolved.
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.split('/').includes('..')) return { kind: 'bad-request', status: 400 };

  const relative = posix.normalize(decoded).slice(1);
  const notFound = { kind: 'not-found', file: notFoundFile, status: 404 } as const;
  if (hostConfigFiles.has(relative)) return notFound;

  if (decoded.endsWith('/')) {
    const index = `${relative}index.html`;
    return site.isFile(index) ? { kind: 'file', file: index, status: 200 } : notFound;
  }
  if (site.isFile(relative)) return { kind: 'file', file: relative, status: 200 };
  if (site.isFile(`${relative}/index.html`)) return { kind: 'redirect', location: `${pathname}/${search}`, status: 308 };
  return notFound;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file; with `nosniff`, a wrong one stops a script or stylesheet loading. */
export function contentTypeOf(file: string): string {
  return contentTypes[posix.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
