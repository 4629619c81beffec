import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { answersOf, questionById } from './content';
import { collectErrors, doubleTextSize, expect, expectNoAxeViolations, tabTo, test } from './fixtures';
import { startSiteServer } from '../lib/serve/site-server';

test.use({ serviceWorkers: 'allow' });

/**
 * The notice a first visit shows once the whole site is cached. It is what tells a new member
 * they can close the tab and go somewhere with no signal.
 */
const savedNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Groundwork is saved on this device.' });

/** The prompt that offers a new version, which waits until the learner reloads. */
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Groundwork is ready.' });

/** Waits until the service worker has cached the site and controls this page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

async function answerCurrent(page: Page) {
  const item = questionById((await page.locator('[data-item-id]').getAttribute('data-item-id'))!);
  await page.locator('.option__button').filter({ hasText: answersOf(item).right }).first().click();
  await expect(page.locator('.verdict')).toContainText('Right');
}

test('after one visit, a new member with no signal opens pages never visited, answers a quiz, and keeps the progress', async ({ page, context }) => {
  // A worker slow to finish activating, as on a busy phone: it controls the page from the
  // start of its activation, but answers the page's requests only at the end.
  await context.route('/sw.js', async (route) => {
    const response = await route.fetch();
    const slowActivation = "self.addEventListener('activate', (event) => event.waitUntil(new Promise((done) => setTimeout(done, 2000))));";
    await route.fulfill({ response, body: `${await response.text()}\n${slowActivation}` });
  });
  await page.goto('/');
  // The page says when the site is on the device, and only then is it: the service worker
  // takes control of the page once its install, which caches every file, has finished, and
  // the notice waits until it has activated, when it answers the page's requests.
  await expect(savedNotice(page)).toBeVisible({ timeout: 60_000 });
  await expect(savedNotice(page)).toContainText('Every lesson, quiz and workshop page now opens with no signal.');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  // The notice stays at the foot of the screen until dismissed, but the keyboard never
  // takes focus somewhere underneath it (WCAG 2.2, focus not obscured), down to the page's
  // last link. (Without smooth scrolling, a control is where it will stay once focused.)
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const focused: string[] = [];
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const [name, underneath] = await page.evaluate(() => {
      const control = document.activeElement!;
      const notice = document.querySelector('.app-notice')!;
      const box = control.getBoundingClientRect();
      const cover = notice.getBoundingClientRect();
      const inside = box.top >= cover.top && box.bottom <= cover.bottom && box.left >= cover.left && box.right <= cover.right;
      return [control.textContent ?? '', inside && !notice.contains(control)] as const;
    });
    focused.push(name);
    expect(underneath, `focus on "${name}" under the notice`).toBe(false);
  }
  expect(focused).toContain('About Groundwork');
  await page.emulateMedia({ reducedMotion: null });
  await savedNotice(page).getByRole('button', { name: 'OK' }).click();
  await expect(savedNotice(page)).toHaveCount(0);
  await context.setOffline(true);

  await page.goto('/learn/benn/history/');
  await expect(page.getByRole('heading', { level: 1, name: 'Draw on history' })).toBeVisible();
  // Said once, on the visit that saved the site: a page the service worker opens says nothing.
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeEnabled();
  await expect(savedNotice(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark as done' }).click();

  await page.goto('/quiz/benn/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerCurrent(page);

  // An address typed from a handout without its closing slash is sent on to its page, as
  // the host would send it.
  await page.goto('/learn/benn/democracy');
  await expect(page).toHaveURL(/\/learn\/benn\/democracy\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Be a democrat' })).toBeVisible();

  await page.goto('/progress/');
  await expect(page.getByText('1 of 28')).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Answers given' }).locator('+ dd')).toHaveText('1');
  await context.setOffline(false);
});

/** The notice a first visit shows when it could not save the whole site. */
const notSavedNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Groundwork could not be saved on this device.' });

test.describe('a first visit that cannot save the whole site', () => {
  test.skip(({ isMobile }) => !isMobile, 'a new member’s phone');

  test('on a patchy signal, says so at once, and saves the site when the learner tries again', async ({ page, context }) => {
    // One page of the site does not arrive while the service worker saves the rest.
    const lost = (url: URL) => url.pathname === '/print/lists/';
    await context.route(lost, (route) => route.abort());
    await page.goto('/');
    // Within seconds, not once the browser gives up on the install minutes later.
    await expect(notSavedNotice(page)).toBeVisible({ timeout: 20_000 });
    await expect(notSavedNotice(page)).toContainText('Part of it did not arrive. It still works while you have a signal.');
    await expect(savedNotice(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(async () => [navigator.serviceWorker.controller, await navigator.serviceWorker.getRegistration()])).toEqual([null, undefined]);

    await context.unroute(lost);
    await notSavedNotice(page).getByRole('button', { name: 'Try again' }).click();
    await expect(savedNotice(page)).toBeVisible({ timeout: 60_000 });
    await expect(notSavedNotice(page)).toHaveCount(0);
    await context.setOffline(true);
    await page.goto('/print/lists/');
    await expect(page.getByRole('heading', { level: 1, name: 'The three lists' })).toBeVisible();
    await context.setOffline(false);
  });

  test('on a phone short of space, says so and what to do', async ({ page, context }) => {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL!).origin, quotaSize: 2_000_000 });
    await page.goto('/');
    await expect(notSavedNotice(page)).toBeVisible({ timeout: 20_000 });
    await expect(notSavedNotice(page)).toContainText('This device is short of space: free some, then try again.');
    await expect(savedNotice(page)).toHaveCount(0);
    // With text at 200% the notice is taller than the phone's screen: it starts on the screen
    // and scrolls within itself, so its message can be read and both its buttons reached.
    await doubleTextSize(page);
    const notice = page.locator('.app-notice');
    const screenHeight = page.viewportSize()!.height;
    await expect.poll(async () => (await notice.boundingBox())!.height).toBeGreaterThan(screenHeight / 2);
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(screenHeight);
    const notNow = notSavedNotice(page).getByRole('button', { name: 'Not now' });
    await tabTo(page, notNow);
    await expect(notNow).toBeInViewport({ ratio: 1 });
    // Not now: the notice goes, and the page works on with the signal it has.
    await notNow.click();
    await expect(notSavedNotice(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s review' })).toBeVisible();
  });
});

test.describe('before the site is saved on the device', () => {
  // No service worker: as in a first visit's first moments, or a browser that will not keep one.
  test.use({ serviceWorkers: 'block' });

  test('a link followed with no signal leaves the learner on the page, and says why', async ({ page, context }) => {
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1, name: /Learn to organise/ });
    await expect(heading).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Like people' }).first().click();
    const told = page.getByRole('status').filter({ hasText: 'No signal.' });
    await expect(told).toContainText('That page is not saved on this device yet: it opens once the signal is back.');
    await expect(page).toHaveURL(/\/$/);
    await expect(heading).toBeVisible();
    await expectNoAxeViolations(page);
    await told.getByRole('button', { name: 'OK' }).click();
    await expect(told).toHaveCount(0);

    // With the signal back, the notice goes of itself and links work again.
    await page.getByRole('link', { name: 'Like people' }).first().click();
    await expect(told).toBeVisible();
    await context.setOffline(false);
    await expect(told).toHaveCount(0);
    await page.getByRole('link', { name: 'Like people' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Like people' })).toBeVisible();
  });
});

test.describe('an address that is not a page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('opened with no signal, gets the site’s own not-found page, with the way home', async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    await context.setOffline(true);
    const response = await page.goto('/learn/benn/tolpuddle/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Learn to organise/ })).toBeVisible();
    await context.setOffline(false);
  });
});

test('the About and Workshop pages say whether Groundwork is saved on this device', async ({ page, browser, baseURL }) => {
  const status = (on: Page) => on.locator('.offline-status__now');
  await page.goto('/about/');
  await waitForOfflineReady(page);
  await expect(status(page)).toHaveText('Saved on this device: every lesson, quiz and workshop page opens with no signal.');
  await page.goto('/workshop/');
  await expect(status(page)).toContainText('Saved on this device');

  // Before it is saved (the worker cannot be registered here), and in a browser with no service workers at all.
  const notYet = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const first = await notYet.newPage();
  await first.goto('/workshop/');
  await expect(status(first)).toHaveText('Not saved on this device yet: it saves itself while a page is open with a signal.');
  await notYet.close();
  const noWorkers = await browser.newContext({ baseURL });
  await noWorkers.addInitScript(() => {
    // @ts-expect-error: removing the API, as a private window in some browsers lacks it
    delete Navigator.prototype.serviceWorker;
  });
  const bare = await noWorkers.newPage();
  await bare.goto('/about/');
  await expect(status(bare)).toHaveText(/^Cannot be saved in this browser/);
  await expectNoAxeViolations(bare);
  await noWorkers.close();
  // Firefox with site data blocked has the API, but refuses to use it.
  const refused = await browser.newContext({ baseURL });
  await refused.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    ServiceWorkerContainer.prototype.getRegistration = refuse;
    ServiceWorkerContainer.prototype.register = refuse;
  });
  const strict = await refused.newPage();
  const errors = collectErrors(strict);
  await strict.goto('/workshop/');
  await expect(status(strict)).toHaveText(/^Cannot be saved in this browser/);
  await expect(strict.getByRole('button', { name: 'Make the running order' })).toBeVisible();
  expect(errors).toEqual([]);
  await refused.close();
});

test('after one visit, a trainer in a hall with no Wi-Fi builds a plan and presents it', async ({ page, context, isMobile }) => {
  test.skip(isMobile, 'a presenter runs on a laptop');
  await page.goto('/workshop/');
  await expect(savedNotice(page)).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Make the running order' }).click();
  await expect(page.getByRole('heading', { name: 'Your running order' })).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  // The notice the trainer left open does not follow them onto the projector.
  const noticeText = page.getByText('Groundwork is saved on this device.');
  await expect(noticeText).toBeAttached();
  await expect(noticeText).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await context.setOffline(false);
});

test('a participant holding up an answer card shows the room the card, not a notice about the app', async ({ page }) => {
  await page.goto('/cards/');
  await expect(savedNotice(page)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'A: show full screen' }).click();
  const card = page.getByRole('button', { name: 'Answer A. Tap to choose another card.' });
  await expect(card).toBeVisible();
  await expect(page.getByText('Groundwork is saved on this device.')).toBeHidden();
  await card.click();
  await expect(savedNotice(page)).toBeVisible();
});

/**
 * The stories of a new deploy. Each serves its own copy of the site to a browser context of
 * its own, with the browser's default window rather than the project's, so a story is the
 * same on either project: it runs once.
 */
test.describe('a new deploy', () => {
  test.skip(({ isMobile }) => isMobile, 'the same story on either project');

  /**
   * A copy of the site, served, that a story can deploy again while the learner uses it, and
   * a browser that lets the service worker run; removed when the story ends.
   */
  async function withRedeployableSite(browser: Browser, story: (page: Page, site: { url: string; dir: string }) => Promise<void>) {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-site-'));
    cpSync(join(process.cwd(), 'out'), dir, { recursive: true });
    const server = await startSiteServer({ root: dir });
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      await story(await context.newPage(), { url: server.url, dir });
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * The learner starts a quiz and answers its first question; then the next deploy arrives (a
   * changed service worker) and the page offers it. Returns the offer.
   */
  async function newVersionMidQuiz(page: Page, site: { url: string; dir: string }) {
    await page.goto(`${site.url}/quiz/organiser/`);
    await waitForOfflineReady(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerCurrent(page);
    appendFileSync(join(site.dir, 'sw.js'), '\n// next deploy\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = updatePrompt(page);
    await expect(prompt).toBeVisible();
    // One notice at a time: the new version takes the place of "saved on this device".
    await expect(savedNotice(page)).toHaveCount(0);
    return prompt;
  }

  test('a new version arriving mid-quiz waits for the learner, and nothing is lost on reload', async ({ browser }) => {
    await withRedeployableSite(browser, async (page, site) => {
      const prompt = await newVersionMidQuiz(page, site);
      // Not reloaded under the learner's feet: the quiz goes on.
      await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
      await page.getByRole('button', { name: 'Next question' }).click();
      await answerCurrent(page);

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
      // The new version picks the quiz up where it was: the two answers given, the third question next.
      await expect(page.getByRole('heading', { name: /^Question 3 of/ })).toBeVisible();
      const attempts = await page.evaluate(() => JSON.parse(localStorage.getItem('groundwork-progress')!).state.attempts.length);
      expect(attempts).toBe(2);
      await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
    });
  });

  test('a new version taken up in one tab leaves another tab as it is, says so there, and reloads it when asked', async ({ browser }) => {
    await withRedeployableSite(browser, async (page, site) => {
      const other = await page.context().newPage();
      await other.goto(`${site.url}/learn/organiser/listen/`);
      const prompt = await newVersionMidQuiz(page, site);
      await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(updatePrompt(other)).toBeVisible();
      await other.evaluate(() => Object.assign(window, { stillThisPage: true }));

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);

      // The other tab is not reloaded under the learner, and its prompt now says what happened.
      const elsewhere = other.getByRole('status').filter({ hasText: 'Groundwork has been updated in another tab.' });
      await expect(elsewhere).toBeVisible();
      await expect(updatePrompt(other)).toHaveCount(0);
      expect(await other.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
      await Promise.all([other.waitForEvent('load'), elsewhere.getByRole('button', { name: 'Reload this tab' }).click()]);
      expect(await other.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
      await expect(other.getByRole('heading', { level: 1, name: 'Listen' })).toBeVisible();
      await expect(other.locator('.app-notice')).toHaveCount(0);
    });
  });

  /** The build's scripts, styles and fonts a page has loaded so far, by path. */
  const buildFilesLoaded = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/_next/static/')),
    );

  test('a tab left on the previous version after another took up the new one still loads the parts it loads on demand', async ({ browser }) => {
    await withRedeployableSite(browser, async (page, site) => {
      await page.goto(`${site.url}/learn/organiser/listen/`);
      await waitForOfflineReady(page);
      const other = await page.context().newPage();
      await other.goto(`${site.url}/learn/benn/stories/`);
      await waitForOfflineReady(other);

      // The next deploy renames every build file neither tab has loaded yet (the quiz engine
      // among them): the new version no longer lists the old names, and the server no longer has them.
      const loaded = new Set([...(await buildFilesLoaded(page)), ...(await buildFilesLoaded(other))]);
      const workerPath = join(site.dir, 'sw.js');
      const dropped: string[] = [];
      const worker = readFileSync(workerPath, 'utf8').replace(/\{revision:null,url:"(\/_next\/static\/[^"]+)"\},?/g, (entry, path: string) => {
        if (loaded.has(path)) return entry;
        dropped.push(path);
        return '';
      });
      expect(dropped.length).toBeGreaterThan(5);
      for (const path of dropped) rmSync(join(site.dir, path));
      writeFileSync(workerPath, `${worker}\n// next deploy\n`);

      // The first tab takes it up; the new version activates for both.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = updatePrompt(page);
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
      await expect(other.getByRole('status').filter({ hasText: 'Groundwork has been updated in another tab.' })).toBeVisible();
      await other.evaluate(async () => {
        while (navigator.serviceWorker.controller?.state !== 'activated') await new Promise((resolve) => setTimeout(resolve, 100));
      });
      // Only the service worker's caches are relied on: the browser's own may have let the files go.
      await (await other.context().newCDPSession(other)).send('Network.clearBrowserCache');

      // The other tab, still on the previous version's code, starts its check: the engine comes
      // from the previous version's files, kept for it.
      const failed: string[] = [];
      other.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      other.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
      await other.getByRole('button', { name: 'Start the check' }).click();
      await expect(other.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
      await answerCurrent(other);
      expect(failed).toEqual([]);
    });
  });

  test('after a deploy has taken the old version’s files off the server, the open page still finds every file it needs', async ({ browser }) => {
    await withRedeployableSite(browser, async (page, site) => {
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
      const prompt = await newVersionMidQuiz(page, site);
      // The new build's scripts and styles have new names: the old ones are gone from the server.
      rmSync(join(site.dir, '_next'), { recursive: true });
      // Only the service worker's cache is relied on: the browser's own may have let them go.
      await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');

      // The learner finishes the question and goes on through the site: pages, scripts and
      // styles this tab has not loaded yet come from the old version's cache, which stays
      // until they reload.
      await page.getByRole('button', { name: 'Next question' }).click();
      await answerCurrent(page);
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'The organiser' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'The organiser' })).toBeVisible();
      await page.locator('main a[href="/learn/organiser/listen/"]').first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Listen' })).toBeVisible();
      await page.getByRole('button', { name: 'Mark as done' }).click();
      await expect(page.getByText('this lesson is ticked off')).toBeVisible();
      await page.goto(`${site.url}/workshop/`);
      await page.getByRole('button', { name: 'Make the running order' }).click();
      await expect(page.getByRole('heading', { name: 'Your running order' })).toBeVisible();
      await expect(prompt).toBeVisible();
      expect(failed).toEqual([]);
    });
  });
});
