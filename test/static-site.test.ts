import { describe, expect, it } from 'vitest';
import { answerRequest, contentTypeOf } from '@/lib/serve/static-site';

const files = new Set(['index.html', '404.html', 'about/index.html', 'icon.svg', '_headers', '_next/static/chunks/a.js', 'about/index.txt']);
const site = { isFile: (path: string) => files.has(path) };
const answer = (pathname: string, search = '') => answerRequest(pathname, search, site);

describe('answering a request as a static host does', () => {
  it('serves a folder’s index.html at the folder’s address, and the file at its own', () => {
    expect(answer('/')).toEqual({ kind: 'file', file: 'index.html', status: 200 });
    expect(answer('/about/')).toEqual({ kind: 'file', file: 'about/index.html', status: 200 });
    expect(answer('/about/index.html')).toEqual({ kind: 'file', file: 'about/index.html', status: 200 });
    expect(answer('/_next/static/chunks/a.js')).toEqual({ kind: 'file', file: '_next/static/chunks/a.js', status: 200 });
  });

  it('redirects a folder asked for without its slash, keeping the query', () => {
    expect(answer('/about', '?from=qr')).toEqual({ kind: 'redirect', location: '/about/?from=qr', status: 308 });
  });

  it('sends the not-found page for anything else, folders without an index.html included', () => {
    const notFound = { kind: 'not-found', file: '404.html', status: 404 };
    expect(answer('/nowhere/')).toEqual(notFound);
    expect(answer('/nowhere')).toEqual(notFound);
    expect(answer('/_next/')).toEqual(notFound);
  });

  it('never serves the host’s own config', () => {
    expect(answer('/_headers').kind).toBe('not-found');
  });

  it('refuses to step outside the site or to read a broken address', () => {
    expect(answer('/../package.json')).toEqual({ kind: 'bad-request', status: 400 });
    expect(answer('/%2e%2e/package.json')).toEqual({ kind: 'bad-request', status: 400 });
    expect(answer('/a%00b')).toEqual({ kind: 'bad-request', status: 400 });
    expect(answer('/%E0%A4%A')).toEqual({ kind: 'bad-request', status: 400 });
  });
});

describe('content types', () => {
  it('names scripts, styles, pages and the React payload exactly, as nosniff requires', () => {
    expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('index.txt')).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeOf('icon.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('mystery')).toBe('application/octet-stream');
  });
});
