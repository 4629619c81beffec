import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page, type Route } from '@playwright/test';
import { firstLoadScripts } from '../lib/first-load-scripts';
import { mirrorOf } from './content';

/**
 * Every test fails on a console error or an uncaught exception in the page, so a
 * hydration warning or a broken script can never pass unnoticed; and on any
 * Content-Security-Policy violation, so nothing the site's own headers refuse can pass either.
 */
export const test = base.extend<{
  expectedConsoleErrors: RegExp[];
  expectedCspViolations: RegExp[];
  pageErrors: string[];
  cspViolations: string[];
}>({
  /** Console errors a test expects, such as the 404 of a page that is missing on purpose. */
  expectedConsoleErrors: [[], { option: true }],
  /** Violations a test causes on purpose, to show the policy is enforced. */
  expectedCspViolations: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors = collectErrors(page, expectedConsoleErrors);
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Every `securitypolicyviolation` event in any page or frame of the test, as
   * "<directive> refused <what> on <path>". Chromium also logs each one as a console error
   * ("Refused to execute inline script…"), which fails the test above; this list says which
   * rule refused what, and lets a test assert there were none.
   */
  cspViolations: [
    async ({ context, expectedCspViolations }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (violation: string) => void }).__reportCspViolation;
          report?.(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} on ${location.pathname}`);
        });
      });
      await use(violations);
      const unexpected = violations.filter((violation) => !expectedCspViolations.some((pattern) => pattern.test(violation)));
      expect(unexpected, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Console errors and uncaught exceptions of a page, as they happen. The fixture watches
 * `page`; a test that opens more pages (a second window, a fresh context) watches them with this.
 */
export function collectErrors(page: Page, expected: RegExp[] = [], errors: string[] = []): string[] {
  // Named by the page it came from: a walk through many pages says which one failed.
  const where = () => page.url().replace(/^https?:\/\/[^/]+/, '');
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(text))) errors.push(`console on ${where()}: ${text}`);
  });
  page.on('pageerror', (error) => errors.push(`page ${where()}: ${error.message}`));
  return errors;
}

/**
 * Runs axe with the WCAG 2.x A and AA rules (2.2 included) and fails on any violation.
 * Axe runs in the page itself (`setLegacyMode`) rather than in each frame and then again in
 * a blank page opened to merge the frames' results: the site has no frames (its policy says
 * `frame-src 'none'`), the findings are the same, and each check takes about 0.8 s rather
 * than 1.4 to 2.5 s.
 */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** What `expectNoAxeViolations` fails on, one line per rule broken, naming the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** True when the page is wider than the window, i.e. it scrolls sideways. */
export function scrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const scriptChunks = '**/_next/static/chunks/*.js';

/**
 * Lets the scripts in `path`'s HTML load, but not those asked for later (a workshop view,
 * the quiz engine, the review's scheduler, the import checks), as when the signal drops
 * just after a page has arrived. Returns what lets them through again.
 */
export async function dropScriptsLoadedLater(page: Page, path: string): Promise<() => Promise<void>> {
  const pageScripts = new Set(firstLoadScripts(await (await page.request.get(path)).text()));
  await page.route(scriptChunks, (route) =>
    pageScripts.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort('internetdisconnected'),
  );
  return () => page.unroute(scriptChunks);
}

/**
 * Holds back every script the page asks for, as on a slow first visit: the static HTML is
 * all there is until the returned function lets them through.
 */
export async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route(scriptChunks, (route) => (holding ? void held.push(route) : route.continue()));
  return async () => {
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
  };
}

/** The browser's text size at 200%, as a learner sets it in the browser's settings. */
export async function doubleTextSize(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Answers the match-pairs question on the page: each organiser quality, then its mirror. */
export async function matchEveryPair(page: Page) {
  const organiserButtons = page.locator('.match > div').first().locator('.match__button');
  const factionalistButtons = page.locator('.match > div').nth(1).locator('.match__button');
  for (const label of await organiserButtons.allTextContents()) {
    await organiserButtons.filter({ hasText: label }).click();
    await factionalistButtons.filter({ hasText: mirrorOf(label) }).click();
  }
}
