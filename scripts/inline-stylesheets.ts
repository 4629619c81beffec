/**
 * Runs after `next build`, before the service worker and the headers are made from out/: puts
 * each exported page's stylesheets into the page (lib/inline-stylesheets.ts). The header step
 * then hashes the inlined styles into each page's Content-Security-Policy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineStylesheets } from '../lib/inline-stylesheets';
import { readExportedPages } from '../lib/security/files';

const out = join(process.cwd(), 'out');
if (!existsSync(out)) {
  console.error('inline stylesheets: no out/ folder. Run `next build` first.');
  process.exit(1);
}

const stylesheets = new Map<string, string>();
const readStylesheet = (href: string) => {
  let css = stylesheets.get(href);
  if (css === undefined) {
    css = readFileSync(join(out, href), 'utf8');
    stylesheets.set(href, css);
  }
  return css;
};

let changed = 0;
let added = 0;
for (const page of readExportedPages(out)) {
  let result;
  try {
    result = inlineStylesheets(page.html, readStylesheet);
  } catch (error) {
    console.error(`inline stylesheets: ${page.file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (result.inlined.length === 0) continue;
  writeFileSync(join(out, page.file), result.html);
  added += gzipSync(result.html).length - gzipSync(page.html).length;
  changed++;
}
console.log(`inline stylesheets: ${stylesheets.size} stylesheets put into ${changed} pages, ${(added / 1024).toFixed(0)} KB more HTML, compressed`);
