import { readFileSync } from 'node:fs';
import { securityPaths } from '../lib/security/files';
import { securityManifestSchema } from '../lib/security/manifest';
import { directivesOf } from '../lib/security/policy';
import { expect, test } from './fixtures';

/**
 * The site under its real headers: the test server sends what out/_headers tells Netlify and
 * Cloudflare Pages to send, and the fixtures fail any test that sees a policy violation.
 */
const manifest = securityManifestSchema.parse(JSON.parse(readFileSync(securityPaths(process.cwd()).manifest, 'utf8')));

test('the home page is sent with the site’s security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const policy = headers['content-security-policy'];
  // Without this a server sending no policy at all would pass every other test.
  expect(policy, 'a Content-Security-Policy').toBeTruthy();
  const directives = directivesOf(policy!);
  expect(directives.get('script-src')?.[0]).toBe("'self'");
  expect(directives.get('script-src')?.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(source))).toBe(true);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  // HTTPS-only parts are for the hosts; over local HTTP they would break the page.
  expect(directives.has('upgrade-insecure-requests')).toBe(false);
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
});

test.describe('every exported page', () => {
  // The policy does not depend on the screen: once is enough.
  test.skip(({ isMobile }) => isMobile, 'checked on the desktop project');

  test('runs under its own policy, with no violation, and is sent that policy at each of its addresses', async ({ page, cspViolations }) => {
    test.slow(true, 'a walk through every page at each of its addresses');
    for (const entry of manifest.pages) {
      const [canonical, ...others] = entry.urls;
      const response = await page.goto(canonical!);
      expect(response?.ok(), canonical).toBe(true);
      const policy = response!.headers()['content-security-policy'];
      for (const source of entry.scriptSources) expect(policy, `${canonical} allows its inline scripts`).toContain(source);
      for (const source of entry.styleSources) expect(policy, `${canonical} allows its inline styles`).toContain(source);
      // Next's inline scripts ran: the React payload was pushed.
      expect(await page.evaluate(() => Array.isArray((window as { __next_f?: unknown[] }).__next_f)), canonical).toBe(true);
      // The site's styles, inlined, apply: the skip link is moved off the screen.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position), canonical).not.toBe('static');
      // The same page at another address (…/index.html) gets the same policy, so runs the same.
      for (const url of others) {
        const other = await page.request.get(url);
        expect(other.ok(), url).toBe(true);
        expect(other.headers()['content-security-policy'], url).toBe(policy);
      }
    }
    expect(cspViolations).toEqual([]);
  });
});

test.describe('the policy is enforced', () => {
  test.use({
    expectedConsoleErrors: [/Content Security Policy/],
    expectedCspViolations: [/^(script-src-(elem|attr)|style-src-elem) refused inline on \/about\/$/],
  });

  test('an inline script, handler or style the build did not hash is refused', async ({ page, cspViolations }) => {
    // As injected markup would arrive: inside the page, with the page's own headers. At the end
    // of <body>, where React 19 skips over nodes it did not render.
    await page.route('**/about/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = true;</script><img src="/icon.svg" alt="" onload="window.__handled = true">' +
          '<style>h1 { visibility: hidden }</style></body>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto('/about/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __handled?: boolean }).__handled)).toBeUndefined();
    await expect.poll(() => cspViolations.length).toBe(3);
  });
});
