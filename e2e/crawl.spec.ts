import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

/**
 * Walks the whole site from the home page by following links, and checks every page:
 * it loads, has no console errors (the fixture), no axe violations, no sideways scroll,
 * and a single h1.
 */
test('every page reached from the home page loads, is accessible and fits the screen', async ({ page }) => {
  test.setTimeout(240_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const sideways: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    if (!response || response.status() !== 200) {
      broken.push(`${path} → ${response?.status()}`);
      continue;
    }
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
    if (await scrollsSideways(page)) sideways.push(path);

    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.origin, `link to another site on ${path}: ${href}`).toBe(new URL(page.url()).origin);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }

  expect(broken).toEqual([]);
  expect(sideways).toEqual([]);
  // Home, about, 4 modules and 28 lessons.
  expect(seen.size).toBeGreaterThanOrEqual(34);
});

test.describe('the not-found page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/nowhere/');
    await expectNoAxeViolations(page);
  });
});

test('pages are in British English', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});
