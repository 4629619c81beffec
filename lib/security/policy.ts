/**
 * What the site allows itself, in one place. Every host config (`out/_headers`, the nginx
 * includes) and the local server are generated from these, so they cannot drift apart.
 * docs/decisions/0004-security-headers.md explains each choice.
 */

/** Where the headers are sent from: a real host over HTTPS, or the local HTTP server. */
export type Transport = 'https' | 'local-http';

/** The hash sources of a page's inline scripts and `<style>` elements. */
export interface InlineSources {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The page's Content-Security-Policy. Scripts are only the site's own files plus the inline
 * scripts whose hashes are given: there is no 'unsafe-inline' for scripts, so an injected
 * script, inline event handler or `javascript:` URL does not run. Styles likewise: the site's
 * files and the `<style>` elements the build put in the page, by hash.
 */
export function contentSecurityPolicy(inline: InlineSources, transport: Transport): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...inline.scripts],
    ['style-src', "'self'", ...inline.styles],
    // React writes `style="width:40%"` on progress bars into the static HTML. Attributes can
    // only set properties on their own element; an injected <style> element is still refused.
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The service worker (/sw.js) and the web app manifest, both same-origin.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  // Over plain HTTP on 127.0.0.1 this would send every request to https:// and break the page.
  if (transport === 'https') directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Browser features no page of the site uses, switched off for the page and anything it embeds. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Headers sent with every response, whatever the page. */
export function siteHeaders(transport: Transport): [name: string, value: string][] {
  const headers: [string, string][] = [
    ['X-Content-Type-Options', 'nosniff'],
    // Nothing about a learner's reading leaves the site, not even which page they came from.
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', deniedFeatures.map((feature) => `${feature}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    // For browsers too old for frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
  // A browser ignores HSTS over plain HTTP, and the local server must stay plain HTTP.
  if (transport === 'https') headers.push(['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']);
  return headers;
}

/** A policy's directives by name, each with its sources. */
export function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * A host's headers (by lower-case name) as the local HTTP server sends them: the same, less the
 * two that only make sense over HTTPS.
 */
export function forLocalHttp(hostHeaders: ReadonlyMap<string, string>): Map<string, string> {
  const headers = new Map(hostHeaders);
  headers.delete('strict-transport-security');
  const policy = headers.get('content-security-policy');
  if (policy !== undefined) {
    const kept = policy.split(';').map((directive) => directive.trim()).filter((directive) => directive !== 'upgrade-insecure-requests');
    headers.set('content-security-policy', kept.join('; '));
  }
  return headers;
}

/** Next.js puts a content hash in every file name under /_next/static/, so they never change. */
export const immutableAssetPath = '/_next/static/';
export const immutableCacheControl = 'public, max-age=31536000, immutable';
