import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../security/headers-file';
import { forLocalHttp } from '../security/policy';
import { answerRequest, contentTypeOf } from './static-site';

type SiteServerOptions = {
  /** The exported site: out/, or a copy of it. */
  root: string;
  /** Gzip text as most hosts do: `npm start` and the Lighthouse benchmark do; a story's own server need not. */
  gzip?: boolean;
  /** Send the headers in `<root>/_headers` (a site built elsewhere, like the bare benchmark page, has none). */
  headers?: boolean;
};

const compressible = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/**
 * An HTTP server for an exported site that behaves like a static host: the files and
 * redirects of `answerRequest`, and the headers the host reads from `<root>/_headers`
 * (less HSTS and upgrade-insecure-requests, which need HTTPS). Only node built-ins.
 */
export function createSiteServer({ root, gzip = false, headers = true }: SiteServerOptions): Server {
  const headersFile = join(root, '_headers');
  if (headers && !existsSync(headersFile)) throw new Error(`${headersFile} is missing. Run \`npm run build\` first: it writes the site and its headers.`);
  // Read once: a rebuild needs a restart, as a redeploy would.
  const rules = headers ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const site = {
    isFile(path: string) {
      try {
        return statSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    },
  };

  return createServer((request, response) => {
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
    const path = join(root, answer.file);
    const contentType = contentTypeOf(answer.file);
    const zipped = gzip && compressible.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(answer.status, {
      'Content-Type': contentType,
      ...(zipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': statSync(path).size }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    // A browser that goes away mid-file (a page left, a request aborted) ends the streams; it
    // must not bring the server down with an unhandled stream error.
    const ignoreClosedConnection = () => undefined;
    if (zipped) pipeline(createReadStream(path), createGzip(), response, ignoreClosedConnection);
    else pipeline(createReadStream(path), response, ignoreClosedConnection);
  });
}

/** Starts a site server on a free port of its own, for scripts and tests. */
export async function startSiteServer(options: SiteServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createSiteServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
