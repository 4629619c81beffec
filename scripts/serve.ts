/**
 * Serves the exported site in out/ the way a static host does, with the headers a host reads
 * from out/_headers (less HSTS and upgrade-insecure-requests, which need HTTPS). `npm start`
 * and the browser tests use it, so a page that breaks under the real Content-Security-Policy
 * breaks here first. Only node:http and node:fs: nothing to install.
 *
 *   tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../lib/security/headers-file';
import { securityPaths } from '../lib/security/files';
import { forLocalHttp } from '../lib/security/policy';
import { answerRequest, contentTypeOf } from '../lib/serve/static-site';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' } },
});
const paths = securityPaths(process.cwd());
if (!existsSync(paths.headersFile)) {
  console.error(`serve: ${paths.headersFile} is missing. Run \`npm run build\` first: it writes the site and its headers.`);
  process.exit(1);
}
// Read once: a rebuild needs a restart, as a redeploy would.
const rules = parseHeadersFile(readFileSync(paths.headersFile, 'utf8'));

const site = {
  isFile(path: string) {
    try {
      return statSync(join(paths.out, path)).isFile();
    } catch {
      return false;
    }
  },
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const answer = answerRequest(url.pathname, url.search, site);
  // Like Netlify and Cloudflare, the rules match the address asked for, not the file sent.
  for (const [name, value] of forLocalHttp(headersFor(rules, url.pathname, 'cloudflare'))) response.setHeader(name, value);

  if (answer.kind === 'bad-request') {
    response.writeHead(400).end();
    return;
  }
  if (answer.kind === 'redirect') {
    response.writeHead(answer.status, { Location: answer.location }).end();
    return;
  }
  const path = join(paths.out, answer.file);
  response.writeHead(answer.status, { 'Content-Type': contentTypeOf(answer.file), 'Content-Length': statSync(path).size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Groundwork is at http://${values.host}:${values.port}/ (out/, with the headers in out/_headers)`);
});
