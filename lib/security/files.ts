import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExportedPage } from './manifest';

/** Where the header step reads the site and writes what it generates, from the project root. */
export function securityPaths(root: string) {
  const out = join(root, 'out');
  const generated = join(root, 'deploy', 'generated');
  return {
    out,
    /** Read by Netlify and Cloudflare Pages from the published folder. */
    headersFile: join(out, '_headers'),
    generated,
    manifest: join(generated, 'security-headers.json'),
    nginxPolicyMap: join(generated, 'nginx-csp-map.conf'),
    nginxHeaders: join(generated, 'nginx-security-headers.conf'),
  };
}

/** Every HTML file under `out`, whatever made it: pages, the not-found page, anything added later. */
export function readExportedPages(out: string): ExportedPage[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(out, path).split(sep).join('/'), html: readFileSync(path, 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
