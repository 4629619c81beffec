/**
 * Runs after `next build` and the inlining of stylesheets: hashes the inline scripts and styles
 * of every exported page and writes the headers each host sends: out/_headers (Netlify,
 * Cloudflare Pages), the nginx includes and a manifest, in deploy/generated/. See docs/decisions/0004-security-headers.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cloudflareLimits, headerRules, renderHeadersFile } from '../lib/security/headers-file';
import { readExportedPages, securityPaths } from '../lib/security/files';
import { buildManifest } from '../lib/security/build-manifest';
import { renderNginxHeaders, renderNginxPolicyMap } from '../lib/security/nginx';

const root = process.cwd();
const paths = securityPaths(root);
if (!existsSync(paths.out)) {
  console.error('security headers: no out/ folder. Run `next build` first.');
  process.exit(1);
}

const manifest = buildManifest(readExportedPages(paths.out));
const rules = headerRules(manifest);
const headersFile = renderHeadersFile(rules);

mkdirSync(paths.generated, { recursive: true });
writeFileSync(paths.headersFile, headersFile);
writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(paths.nginxPolicyMap, renderNginxPolicyMap(manifest));
writeFileSync(paths.nginxHeaders, renderNginxHeaders(manifest));

const scripts = new Set(manifest.pages.flatMap((page) => page.scriptSources)).size;
const styles = new Set(manifest.pages.flatMap((page) => page.styleSources)).size;
const longestLine = Math.max(...headersFile.split('\n').map((line) => line.length));
const show = (path: string) => relative(root, path);
console.log(
  `security headers: ${manifest.pages.length} pages, ${scripts} distinct inline scripts, ${styles} inline styles; ` +
    `${show(paths.headersFile)} has ${rules.length} rules (Cloudflare Pages reads ${cloudflareLimits.rules}), ` +
    `longest line ${longestLine} characters (limit ${cloudflareLimits.lineLength}); ` +
    `nginx includes and manifest in ${show(paths.generated)}/`,
);
