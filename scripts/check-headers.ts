/**
 * `npm run headers:check`: confirms, from the exported HTML, that every page's inline scripts
 * are allowed by the policy each host will send with it. Fails on any page that is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkCoverage } from '../lib/security/coverage';
import { readExportedPages, securityPaths } from '../lib/security/files';
import { parseHeadersFile } from '../lib/security/headers-file';
import { securityManifestSchema } from '../lib/security/manifest';
import { parseNginxPolicyMap } from '../lib/security/nginx';

const paths = securityPaths(process.cwd());
const missing = [paths.out, paths.headersFile, paths.manifest, paths.nginxPolicyMap].filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(`headers: missing ${missing.join(', ')}. Run \`npm run build\` first.`);
  process.exit(1);
}

const headersText = readFileSync(paths.headersFile, 'utf8');
const report = checkCoverage({
  pages: readExportedPages(paths.out),
  manifest: securityManifestSchema.parse(JSON.parse(readFileSync(paths.manifest, 'utf8'))),
  headersFile: { text: headersText, rules: parseHeadersFile(headersText) },
  nginxMap: parseNginxPolicyMap(readFileSync(paths.nginxPolicyMap, 'utf8')),
});

for (const problem of report.problems) console.error(`- ${problem}`);
console.log(`headers: ${report.pages} pages, ${report.covered} covered, ${report.pages - report.covered} missing`);
if (report.problems.length > 0) process.exit(1);
