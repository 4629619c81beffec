import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

/**
 * The whole exported site, page by page. Pages are found in out/ (the build runs first),
 * and the link graph is read from the HTML itself, so a page nobody links to, or a link
 * to nowhere, fails here. Each page also has no console errors or policy violations (the
 * fixtures), and every request it makes, for scripts, styles, images, data or anything
 * else, goes to the site itself: no fonts, analytics or CDNs.
 */
const outDir = join(process.cwd(), 'out');

function exportedPages(dir = outDir, prefix = '/'): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === '_not-found' || name === '404' ? [] : exportedPages(full, `${prefix}${name}/`);
    return name === 'index.html' ? [prefix] : [];
  });
}

const pages = exportedPages();

/** Internal links in a page's HTML, without query or fragment. */
function linksIn(path: string): string[] {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)]
    .map((match) => match[1]!)
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .map((href) => href.replace(/[?#].*$/, ''));
}

test('every page is reached by links from the home page, and no link leads nowhere', () => {
  expect(pages.length, 'run the build first').toBeGreaterThanOrEqual(34);
  const reached = new Set(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const href of linksIn(from)) {
      const isPage = pages.includes(href);
      if (!isPage && !existsSync(join(outDir, href))) broken.push(`${from} → ${href}`);
      if (isPage && !reached.has(href)) {
        reached.add(href);
        queue.push(href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(pages.filter((page) => !reached.has(page))).toEqual([]);
});

test('the web app manifest’s start page, shortcuts and icons, and the home screen icon for iPhones, are all in the site', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as {
    start_url: string;
    shortcuts: { url: string }[];
    icons: { src: string }[];
  };
  // Safari takes its home screen icon from this link, not the manifest.
  const appleIcon = readFileSync(join(outDir, 'index.html'), 'utf8').match(/<link rel="apple-touch-icon" href="([^"?]+)[^"]*" sizes="180x180"/)?.[1];
  expect(appleIcon).toBeDefined();
  const urls = [manifest.start_url, ...manifest.shortcuts.map((shortcut) => shortcut.url), ...manifest.icons.map((icon) => icon.src), appleIcon!];
  expect(manifest.shortcuts.length).toBeGreaterThan(0);
  expect(urls.filter((url) => !pages.includes(url) && !existsSync(join(outDir, url)))).toEqual([]);
});

test('npm start sends pages, scripts and styles compressed, and images as they are', async ({ page }) => {
  const encodings = new Map<string, string>();
  page.on('response', (response) => encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding'] ?? 'none'));
  await page.goto('/');
  await page.waitForLoadState('load');
  const sent = [...encodings];
  expect(sent.filter(([path]) => /\.(js|css)$/.test(path) || path === '/').length).toBeGreaterThan(3);
  expect(sent.filter(([path, encoding]) => (/\.(js|css)$/.test(path) || path === '/') && encoding !== 'gzip')).toEqual([]);
  const icon = await page.request.get('/icons/icon-192.png', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(icon.headers()['content-encoding']).toBeUndefined();
});

test('a page is drawn in its own styles, asks for no stylesheet, and coming alive adds none', async ({ page }) => {
  // Every stylesheet is held back for the whole story: the page must not need one.
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') asked.push(new URL(request.url()).pathname);
  });
  await page.route('**/_next/static/**/*.css', () => undefined);
  await page.goto('/learn/organiser/listen/', { waitUntil: 'commit' });
  await expect(page.locator('.skip-link')).toHaveCSS('position', 'absolute');
  await expect(page.locator('.container').first()).not.toHaveCSS('max-width', 'none');
  // The page's code has taken over, with its stylesheet still held back.
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeEnabled();
  // The stylesheet's link stays, disabled: React found it and added no copy, and the browser
  // did not ask for what the page already holds (it asks as it parses the head, long before).
  const links = page.locator('link[rel="stylesheet"]');
  expect(await links.count()).toBeGreaterThan(0);
  expect(await links.evaluateAll((all) => all.filter((link) => !(link as HTMLLinkElement).disabled).length)).toBe(0);
  expect(asked).toEqual([]);
  // Printed, the page keeps its styles: the print rules are in the page too.
  await expect(page.locator('.app-notices')).not.toHaveCSS('display', 'none');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-notices')).toHaveCSS('display', 'none');
  await expect(page.locator('.container').first()).not.toHaveCSS('max-width', 'none');
});

test('the site is in British English', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

/**
 * The pages in sets a story can walk through: a module's lessons, the quizzes, the workshop
 * views, the printables, and the rest. One browser tab walks each set, as a learner would.
 * A fresh tab for each page took three times the processor time: every page began by
 * starting a browser process and compiling the same scripts again. The two test workers
 * share the sets out.
 */
const pageSets = new Map<string, string[]>();
for (const path of pages) {
  const [section, module] = path.split('/').filter(Boolean);
  const set = section === 'learn' ? `/learn/${module}/` : ['quiz', 'workshop', 'print'].includes(section!) ? `/${section}/` : 'the other pages';
  pageSets.set(set, [...(pageSets.get(set) ?? []), path]);
}

for (const [set, paths] of pageSets) {
  test(`${set.startsWith('/') ? `the pages under ${set}` : set} each load with one h1, no axe violations, no sideways scrolling and nothing from elsewhere`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Every request of the walk is checked, under the page it came after.
    let requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Soft checks: the walk goes on past a failing page, and the report names each one.
    for (const path of paths) {
      requested = [];
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path} status`).toBe(200);
      await expect.soft(page.locator('h1'), `${path} h1 elements`).toHaveCount(1);
      expect.soft(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
      expect.soft(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
      const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect.soft(elsewhere, `${path} requests to other sites`).toEqual([]);
      // The page and its scripts at least, counted even when the browser has them from the page before.
      expect.soft(requested.length, `${path} requests`).toBeGreaterThan(1);
      // Each page as a first visit shows it: nothing kept from the one before.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
  });
}

test.describe('the not-found page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/nowhere/');
    await expectNoAxeViolations(page);
  });
});
