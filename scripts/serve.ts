/**
 * Serves the exported site in out/ the way a static host does, with the headers a host reads
 * from out/_headers (less HSTS and upgrade-insecure-requests, which need HTTPS). `npm start`
 * and the browser tests use it, so a page that breaks under the real Content-Security-Policy
 * breaks here first. Only node:http and node:fs: nothing to install.
 *
 *   tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1]
 */
import { parseArgs } from 'node:util';
import { securityPaths } from '../lib/security/files';
import { createSiteServer } from '../lib/serve/site-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' } },
});

let server;
try {
  server = createSiteServer({ root: securityPaths(process.cwd()).out });
} catch (error) {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(1);
}
server.listen(Number(values.port), values.host, () => {
  console.log(`Groundwork is at http://${values.host}:${values.port}/ (out/, with the headers in out/_headers)`);
});
