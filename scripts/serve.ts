/**
 * Serves the exported site in out/ the way a static host does: text gzipped, and the headers
 * a host reads from out/_headers (less HSTS and upgrade-insecure-requests, which need HTTPS).
 * `npm start` and the browser tests use it, so a page that breaks under the real
 * Content-Security-Policy breaks here first. Only Node's built-ins: nothing to install.
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
  // Compressed as a host sends it: a trainer serving the site to a room's phones over the
  // hall's Wi-Fi (--host 0.0.0.0) sends a first visit about a third of the bytes.
  server = createSiteServer({ root: securityPaths(process.cwd()).out, gzip: true });
} catch (error) {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(1);
}
server.listen(Number(values.port), values.host, () => {
  console.log(`Groundwork is at http://${values.host}:${values.port}/ (out/, with the headers in out/_headers)`);
});
