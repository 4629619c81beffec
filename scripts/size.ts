/**
 * First-load JavaScript of every exported page, gzipped: every <script src> and script
 * preload the page's HTML references (noModule polyfills left out, as modern browsers
 * skip them). Then the offline copy a first visit downloads: every file in the service
 * worker's precache. Fails when a page or the offline copy is over budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadScripts } from '../lib/first-load-scripts';

const BUDGET_KB = 150;
// The About page tells a new member, who may pay for every megabyte, that the copy saved on
// their phone is under 2 MB.
const OFFLINE_BUDGET_MB = 2;
const outDir = join(process.cwd(), 'out');
if (!existsSync(outDir)) {
  console.error('No out/ folder: run `npm run build` first.');
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const gzipCache = new Map<string, number>();
/** Bytes a compressing server sends for a file under out/ (`src` is its URL path). */
function gzippedSize(src: string): number {
  const path = join(outDir, src.split('?')[0]!);
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path)).length);
  return gzipCache.get(path)!;
}

/** URL paths in the service worker's precache manifest (a page by its folder, as /about/). */
function precachedUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\burl:"(\/[^"]*)"/g)].map(([, url]) => url!);
}

const rows = htmlFiles(outDir)
  .map((file) => {
    const page = `/${relative(outDir, file)}`.replace(/index\.html$/, '');
    const bytes = firstLoadScripts(readFileSync(file, 'utf8')).reduce((sum, src) => sum + gzippedSize(src), 0);
    return { page, kb: bytes / 1024 };
  })
  .sort((a, b) => b.kb - a.kb);

const width = Math.max(...rows.map((row) => row.page.length));
console.log(`First-load JS per page (gzip), budget ${BUDGET_KB} KB:`);
for (const row of rows) console.log(`  ${row.page.padEnd(width)}  ${row.kb.toFixed(1).padStart(6)} KB${row.kb > BUDGET_KB ? '  OVER BUDGET' : ''}`);
const over = rows.filter((row) => row.kb > BUDGET_KB);
const largest = rows[0]!;
console.log(`${rows.length} pages; largest ${largest.page} at ${largest.kb.toFixed(1)} KB; ${over.length} over budget.`);

const precached = precachedUrls(readFileSync(join(outDir, 'sw.js'), 'utf8'));
const offlineMb = precached.reduce((sum, url) => sum + gzippedSize(url.endsWith('/') ? `${url}index.html` : url), 0) / 1_000_000;
const offlineOver = precached.length === 0 || offlineMb > OFFLINE_BUDGET_MB;
console.log(
  `\nOffline copy (the service worker's precache, gzip), budget ${OFFLINE_BUDGET_MB} MB: ${precached.length} files, ${offlineMb.toFixed(2)} MB` +
    (precached.length === 0 ? '  NO PRECACHE MANIFEST FOUND in out/sw.js' : offlineMb > OFFLINE_BUDGET_MB ? '  OVER BUDGET' : ''),
);
if (over.length > 0 || offlineOver) process.exit(1);
