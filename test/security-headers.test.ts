import { describe, expect, it } from 'vitest';
import { buildManifest } from '@/lib/security/build-manifest';
import { checkCoverage, missingAddress, policyProblem } from '@/lib/security/coverage';
import { headerRules, headersFor, parseHeadersFile, renderHeadersFile, type HeadersFileReading } from '@/lib/security/headers-file';
import { sha256Source } from '@/lib/security/inline-sources';
import { urlsForFile, type ExportedPage } from '@/lib/security/manifest';
import { parseNginxPolicyMap, renderNginxHeaders, renderNginxPolicyMap } from '@/lib/security/nginx';
import { contentSecurityPolicy, directivesOf, forLocalHttp } from '@/lib/security/policy';

const html = (...scripts: string[]) =>
  `<!DOCTYPE html><html><body><script src="/_next/static/chunks/a.js"></script><script>shared()</script>${scripts
    .map((script) => `<script>${script}</script>`)
    .join('')}</body></html>`;
/** A page whose stylesheets the build has put into it, as `<style>` elements in its head. */
const styled = (page: string, ...styles: string[]) => page.replace('<html>', `<html><head>${styles.map((css) => `<style>${css}</style>`).join('')}</head>`);

const site: ExportedPage[] = [
  { file: 'index.html', html: html('home()') },
  { file: '404.html', html: html('notFound()') },
  { file: '404/index.html', html: html('notFound()') },
  { file: 'learn/organiser/index.html', html: html('organiser()') },
  { file: 'learn/organiser/listen/index.html', html: styled(html('listen()', 'more()'), 'p{margin:0}', '.plan{display:grid}', 'p{margin:0}') },
];
const manifest = buildManifest(site);
const headersText = renderHeadersFile(headerRules(manifest));
const rules = parseHeadersFile(headersText);
const readings: HeadersFileReading[] = ['cloudflare', 'netlify'];
const policyAt = (url: string, reading: HeadersFileReading) => headersFor(rules, url, reading).get('content-security-policy');

describe('the addresses of an exported page', () => {
  it('are its folder, then the file itself', () => {
    expect(urlsForFile('index.html')).toEqual(['/', '/index.html']);
    expect(urlsForFile('learn/organiser/index.html')).toEqual(['/learn/organiser/', '/learn/organiser/index.html']);
    expect(urlsForFile('404.html')).toEqual(['/404', '/404.html']);
  });
});

describe('the manifest', () => {
  it('records each page’s inline-script and style hashes and its policy', () => {
    const listen = manifest.pages.find((page) => page.file === 'learn/organiser/listen/index.html')!;
    expect(listen.scriptSources).toEqual([sha256Source('shared()'), sha256Source('listen()'), sha256Source('more()')]);
    expect(listen.styleSources).toEqual([sha256Source('p{margin:0}'), sha256Source('.plan{display:grid}')]);
    expect(listen.contentSecurityPolicy).toBe(contentSecurityPolicy({ scripts: listen.scriptSources, styles: listen.styleSources }, 'https'));
    expect(manifest.pages.find((page) => page.file === 'index.html')!.styleSources).toEqual([]);
  });

  it('takes the not-found page’s policy as the one for every other address', () => {
    expect(manifest.fallbackContentSecurityPolicy).toContain(sha256Source('notFound()'));
  });

  it('refuses a site with no not-found page, which every host needs', () => {
    expect(() => buildManifest(site.filter((page) => page.file !== '404.html'))).toThrow(/404\.html/);
  });
});

describe('the policy', () => {
  const policy = directivesOf(contentSecurityPolicy({ scripts: ["'sha256-abc='"], styles: ["'sha256-def='"] }, 'https'));

  it('allows scripts only from the site and by hash', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('keeps plugins, framing, other bases and other form targets out', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('lets the service worker and the manifest load from the site', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
  });

  it('allows style attributes, and style elements only by hash', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-def='"]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});

describe('out/_headers', () => {
  it('reads back as it was written', () => {
    expect(rules).toEqual(headerRules(manifest));
  });

  it.each(readings)('gives every address of every page exactly its own policy, read as %s reads it', (reading) => {
    for (const page of manifest.pages) {
      for (const url of page.urls) expect(policyAt(url, reading), `${url}`).toBe(page.contentSecurityPolicy);
    }
  });

  it.each(readings)('gives an address with no page the not-found page’s policy, read as %s reads it', (reading) => {
    expect(policyAt(missingAddress, reading)).toBe(manifest.fallbackContentSecurityPolicy);
    expect(policyAt('/learn/organiser/no-such-lesson/', reading)).toBe(manifest.fallbackContentSecurityPolicy);
  });

  it('sends the site headers everywhere and caches hashed assets for good', () => {
    const asset = headersFor(rules, '/_next/static/chunks/a.js', 'cloudflare');
    expect(asset.get('x-content-type-options')).toBe('nosniff');
    expect(asset.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(asset.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/', 'cloudflare').get('cache-control')).toBeUndefined();
  });

  it('needs no rule for pages whose policy is the not-found page’s', () => {
    expect(rules.map((rule) => rule.path)).not.toContain('/404/');
  });

  it('puts the folder addresses before the /index.html ones, which only Netlify needs', () => {
    const paths = rules.map((rule) => rule.path);
    expect(paths.slice(0, 2)).toEqual(['/*', '/_next/static/*']);
    expect(paths.slice(2)).toEqual(['/', '/learn/organiser/', '/learn/organiser/listen/', '/index.html', '/learn/organiser/index.html', '/learn/organiser/listen/index.html']);
  });

  it('would send two policies on Cloudflare without the "! Content-Security-Policy" lines', () => {
    const withoutDetach = rules.map((rule) => ({ ...rule, detach: [] }));
    expect(headersFor(withoutDetach, '/', 'cloudflare').get('content-security-policy')).toContain(', default-src');
  });
});

describe('the local server’s headers', () => {
  it('are a host’s, less HSTS and upgrade-insecure-requests', () => {
    const local = forLocalHttp(headersFor(rules, '/', 'cloudflare'));
    const home = manifest.pages.find((page) => page.file === 'index.html')!;
    expect(local.get('content-security-policy')).toBe(contentSecurityPolicy({ scripts: home.scriptSources, styles: home.styleSources }, 'local-http'));
    expect(local.has('strict-transport-security')).toBe(false);
    expect(local.get('x-frame-options')).toBe('DENY');
  });
});

describe('the nginx includes', () => {
  const map = parseNginxPolicyMap(renderNginxPolicyMap(manifest));

  it('map each served file to its page’s policy, and anything else to the not-found one', () => {
    expect(map.fallback).toBe(manifest.fallbackContentSecurityPolicy);
    for (const page of manifest.pages) expect(map.byFile.get(`/${page.file}`) ?? map.fallback).toBe(page.contentSecurityPolicy);
  });

  it('send every header with "always", so the 404 page has them too', () => {
    const lines = renderNginxHeaders(manifest).split('\n').filter((line) => line.startsWith('add_header'));
    expect(lines).toHaveLength(manifest.siteHeaders.length + 1);
    for (const line of lines) expect(line).toMatch(/ always;$/);
  });
});

describe('the header check', () => {
  const input = {
    pages: site,
    manifest,
    headersFile: { text: headersText, rules },
    nginxMap: parseNginxPolicyMap(renderNginxPolicyMap(manifest)),
  };

  it('finds every page covered when the headers were made from these pages', () => {
    expect(checkCoverage(input)).toEqual({ pages: 5, covered: 5, problems: [] });
  });

  it('names the page, address and host when a page has an inline script the headers do not allow', () => {
    const changed = site.map((page) => (page.file === 'learn/organiser/index.html' ? { ...page, html: html('organiser()', 'added()') } : page));
    const report = checkCoverage({ ...input, pages: changed });
    expect(report.covered).toBe(4);
    expect(report.problems).toContainEqual(expect.stringMatching(/^learn\/organiser\/index\.html at \/learn\/organiser\/ on Cloudflare Pages: 1 inline script/));
    expect(report.problems).toContainEqual(expect.stringMatching(/^learn\/organiser\/index\.html on nginx/));
  });

  it('names the page when its styles are not the ones the headers allow', () => {
    const changed = site.map((page) => (page.file === 'learn/organiser/listen/index.html' ? { ...page, html: styled(html('listen()', 'more()'), 'p{margin:1px}') } : page));
    const report = checkCoverage({ ...input, pages: changed });
    expect(report.covered).toBe(4);
    expect(report.problems).toContainEqual(expect.stringMatching(/^learn\/organiser\/listen\/index\.html at \/learn\/organiser\/listen\/ on Netlify: 1 inline style/));
  });

  it('notices a page the manifest has never seen', () => {
    const report = checkCoverage({ ...input, pages: [...site, { file: 'review/index.html', html: html('review()') }] });
    expect(report.problems).toContainEqual(expect.stringContaining('review/index.html: not in the manifest'));
  });

  it('refuses a policy that is missing, doubled or lets any inline script or style in', () => {
    const none = { scripts: [], styles: [] };
    expect(policyProblem(undefined, none)).toBe('no Content-Security-Policy');
    expect(policyProblem("script-src 'self'; style-src 'self', script-src 'self'", none)).toBe('more than one Content-Security-Policy');
    expect(policyProblem("script-src 'self' 'unsafe-inline'; style-src 'self'", none)).toBe("script-src allows 'unsafe-inline'");
    expect(policyProblem("script-src 'self'; style-src 'self' 'unsafe-inline'", none)).toBe("style-src allows 'unsafe-inline'");
    expect(policyProblem("script-src 'self'", none)).toBe('no style-src');
    expect(policyProblem("script-src 'self'; style-src 'self'", none)).toBeUndefined();
  });

  it('warns when the pages Cloudflare must see fall past its first 100 rules', () => {
    const many = [...site, ...Array.from({ length: 100 }, (_, index) => ({ file: `extra/${index}/index.html`, html: html(`extra${index}()`) }))];
    const bigManifest = buildManifest(many);
    const text = renderHeadersFile(headerRules(bigManifest));
    const report = checkCoverage({
      pages: many,
      manifest: bigManifest,
      headersFile: { text, rules: parseHeadersFile(text) },
      nginxMap: parseNginxPolicyMap(renderNginxPolicyMap(bigManifest)),
    });
    expect(report.problems).toContainEqual(expect.stringContaining('Cloudflare Pages reads the first 100 rules'));
  });
});
