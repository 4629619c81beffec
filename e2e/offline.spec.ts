import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answersOf, questionById } from './content';
import { expect, test } from './fixtures';
import { startSiteServer } from '../lib/serve/site-server';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

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
  await page.goto('/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await page.goto('/learn/benn/history/');
  await expect(page.getByRole('heading', { level: 1, name: 'Draw on history' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();

  await page.goto('/quiz/benn/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerCurrent(page);

  await page.goto('/progress/');
  await expect(page.getByText('1 of 28')).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Answers given' }).locator('+ dd')).toHaveText('1');
  await context.setOffline(false);
});

test('after one visit, a trainer in a hall with no Wi-Fi builds a plan and presents it', async ({ page, context, isMobile }) => {
  test.skip(isMobile, 'a presenter runs on a laptop');
  await page.goto('/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await page.goto('/workshop/');
  await page.getByRole('button', { name: 'Make the running order' }).click();
  await expect(page.getByRole('heading', { name: 'Your running order' })).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await context.setOffline(false);
});

test('a new version arriving mid-quiz waits for the learner, and nothing is lost on reload', async ({ browser }) => {
  // A copy of the site that can be "deployed" again while the learner is using it.
  const site = mkdtempSync(join(tmpdir(), 'groundwork-site-'));
  cpSync(join(process.cwd(), 'out'), site, { recursive: true });
  const server = await startSiteServer({ root: site });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/quiz/organiser/`);
    await waitForOfflineReady(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerCurrent(page);

    // The next deploy: a changed service worker.
    appendFileSync(join(site, 'sw.js'), '\n// next deploy\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Groundwork is ready.' });
    await expect(prompt).toBeVisible();
    // Not reloaded under the learner's feet: the quiz goes on.
    await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next question' }).click();
    await answerCurrent(page);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    const attempts = await page.evaluate(() => JSON.parse(localStorage.getItem('groundwork-progress')!).state.attempts.length);
    expect(attempts).toBe(2);
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test('after a deploy has taken the old version’s files off the server, the open page still finds every file it needs', async ({ browser }) => {
  const site = mkdtempSync(join(tmpdir(), 'groundwork-site-'));
  cpSync(join(process.cwd(), 'out'), site, { recursive: true });
  const server = await startSiteServer({ root: site });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  try {
    await page.goto(`${server.url}/quiz/organiser/`);
    await waitForOfflineReady(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerCurrent(page);

    // The next deploy: a new service worker, and the old version's scripts and styles gone
    // from the server, as a new build's files have new names.
    appendFileSync(join(site, 'sw.js'), '\n// next deploy\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('status').filter({ hasText: 'A new version of Groundwork is ready.' })).toBeVisible();
    rmSync(join(site, '_next'), { recursive: true });
    // Only the service worker's cache is relied on: the browser's own may have let them go.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

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
    await page.goto(`${server.url}/workshop/`);
    await page.getByRole('button', { name: 'Make the running order' }).click();
    await expect(page.getByRole('heading', { name: 'Your running order' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'A new version of Groundwork is ready.' })).toBeVisible();
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
