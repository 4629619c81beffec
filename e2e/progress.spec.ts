import type { BrowserContext, Page } from '@playwright/test';
import { answersOf, daysAgo, hoursAgo, questionById } from './content';
import { dropScriptsLoadedLater, expect, expectNoAxeViolations, test } from './fixtures';

const KEY = 'groundwork-progress';

/** Puts `value` in storage before the app's first read, once per test (not again on reload). */
async function seedStorage(page: Page, value: string) {
  await page.addInitScript(
    ([key, seeded]: string[]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, seeded!);
      sessionStorage.setItem('seeded', 'yes');
    },
    [KEY, value],
  );
}

const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const savedState = async (page: Page) => JSON.parse((await saved(page))!).state;

/** A question answered wrongly an hour ago: due again today. */
const missedAnHourAgo = () => ({ itemId: 'org-listen-fill-gap-1', choice: '50%', correct: false, at: hoursAgo(1) });

const progressV3 = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 3,
    state: { completedLessons: { 'organiser-like-people': hoursAgo(30) }, attempts: [], selfRatings: {}, activityDays: [], ...overrides },
  });

test('a learner sees lessons done, mastery, streak and what next on the progress page', async ({ page }) => {
  await seedStorage(
    page,
    progressV3({
      attempts: [
        { itemId: 'org-listen-fill-gap-1', choice: '70%', correct: true, at: hoursAgo(26) },
        { itemId: 'org-listen-fill-gap-2', choice: '30%', correct: true, at: hoursAgo(25) },
      ],
      activityDays: [daysAgo(1), daysAgo(0)],
    }),
  );
  await page.goto('/progress/');
  await expect(page.getByText('2 days')).toBeVisible();
  await expect(page.getByText('1 of 28')).toBeVisible();
  const listen = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Listen', exact: true }) });
  await expect(listen).toContainText('Getting there');
  await expect(page.getByRole('link', { name: 'Continue: Be liked' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('once there is progress to keep, the next page opened asks the browser to keep it when the phone runs low on space', async ({ page }) => {
  // Chrome answers by itself and the test browser says no, so the story listens for the question.
  await page.addInitScript(() => {
    const asked: string[] = [];
    Object.assign(window, { storageQuestions: asked });
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist: async () => {
          asked.push(location.pathname);
          return false;
        },
      },
    });
  });
  const questions = () => page.evaluate(() => (window as unknown as { storageQuestions: string[] }).storageQuestions);

  await page.goto('/learn/organiser/listen/');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();
  // Not while the learner is in the middle of something.
  expect(await questions()).toEqual([]);

  await page.goto('/');
  await expect.poll(questions).toEqual(['/']);
});

test('progress saved by an earlier version is brought forward, and lessons stay ticked', async ({ page }) => {
  await seedStorage(page, JSON.stringify({ version: 1, state: { completedLessons: { 'organiser-listen': hoursAgo(48) } } }));
  await page.goto('/learn/organiser/');
  await expect(page.getByRole('link', { name: /^Listen/ }).getByText('Done', { exact: true })).toBeVisible();
  await page.goto('/learn/organiser/listen/');
  await page.getByRole('button', { name: 'Mark as done' }).or(page.getByText('this lesson is ticked off')).first().waitFor();
  await page.goto('/learn/organiser/like-people/');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  const state = await savedState(page);
  expect(Object.keys(state.completedLessons).sort()).toEqual(['organiser-like-people', 'organiser-listen']);
  expect(JSON.parse((await saved(page))!).version).toBe(3);
});

test('progress from a newer version of the app is left untouched, with a warning', async ({ page }) => {
  const future = JSON.stringify({ version: 7, state: { somethingNew: [1, 2, 3] } });
  await seedStorage(page, future);
  await page.goto('/learn/organiser/like-people/');
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();
  expect(await saved(page)).toBe(future);
});

test.describe('when storage cannot be written', () => {
  test('the learner keeps working, is told progress is not saved, and can export it', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/learn/organiser/like-people/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Your progress is not being saved' });
    await expect(notice).toBeVisible();
    await expect(page.getByText('this lesson is ticked off')).toBeVisible();
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export my progress' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(exported.progress.completedLessons)).toEqual(['organiser-like-people']);
  });
});

test('corrupt saved progress is kept aside, can be downloaded, and the learner can start fresh', async ({ page }) => {
  await seedStorage(page, '{"version":3,"state":{"completedLessons":{"organiser-listen"');
  await page.goto('/progress/');
  const notice = page.getByRole('alert').filter({ hasText: 'We could not read your saved progress' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable copy' }).click();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":3,"state":{"completedLessons":{"organiser-listen"');
  await notice.getByRole('button', { name: 'Start fresh' }).click();
  await expect(notice).toBeHidden();
});

/** Two tabs of one browser, each open at a lesson not yet done: organiser-like-people, then benn-stories. */
async function twoLessonTabs(context: BrowserContext) {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/learn/organiser/like-people/');
  await second.goto('/learn/benn/stories/');
  return { first, second };
}

test('two tabs open at once never lose each other’s answers', async ({ context }) => {
  const { first, second } = await twoLessonTabs(context);
  await first.getByRole('button', { name: 'Mark as done' }).click();
  await second.getByRole('button', { name: 'Mark as done' }).click();
  await second.getByRole('button', { name: 'Start the check' }).click();
  const item = questionById((await second.locator('[data-item-id]').getAttribute('data-item-id'))!);
  await second.locator('.option__button').filter({ hasText: answersOf(item).right }).first().click();
  await first.getByRole('button', { name: 'Start the check' }).click();
  const firstItem = questionById((await first.locator('[data-item-id]').getAttribute('data-item-id'))!);
  await first.locator('.option__button').filter({ hasText: answersOf(firstItem).wrong }).first().click();

  const state = await savedState(first);
  expect(Object.keys(state.completedLessons).sort()).toEqual(['benn-stories', 'organiser-like-people']);
  expect(state.attempts.map((attempt: { itemId: string }) => attempt.itemId).sort()).toEqual([firstItem.id, item.id].sort());
  // Each tab shows the other's work too.
  await first.goto('/progress/');
  await expect(first.getByText('2 of 28')).toBeVisible();
});

test('a lesson done in one tab survives another tab saving over it before it had caught up', async ({ context }) => {
  const { first, second } = await twoLessonTabs(context);
  await first.getByRole('button', { name: 'Mark as done' }).click();
  await expect(first.getByText('this lesson is ticked off')).toBeVisible();
  // What the second tab saves when its copy of storage has not yet caught up with the first's.
  await second.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, progressV3({ completedLessons: { 'benn-stories': hoursAgo(0) } })],
  );
  await expect.poll(async () => Object.keys((await savedState(first)).completedLessons).sort()).toEqual(['benn-stories', 'organiser-like-people']);
  await expect(first.getByText('this lesson is ticked off')).toBeVisible();
  await second.reload();
  await expect(second.getByText('this lesson is ticked off')).toBeVisible();
});

test('a learner exports progress, imports it after a preview, and restores the backup', async ({ page }) => {
  await seedStorage(page, progressV3());
  await page.goto('/progress/');
  await expect(page.getByText('1 of 28')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress' }).first().click();
  const exportedPath = await (await download).path();

  // Do more, then import the older file over it.
  await page.goto('/learn/organiser/listen/');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.goto('/progress/');
  await expect(page.getByText('2 of 28')).toBeVisible();
  await page.getByLabel('Import a progress file').setInputFiles(exportedPath);
  const preview = page.getByRole('region', { name: /^Import/ });
  await expect(preview.getByRole('row', { name: /Lessons done/ })).toHaveText(/Lessons done\s*2\s*1/);
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Replace with the imported progress' }).click();
  await expect(page.getByText('1 of 28')).toBeVisible();
  await page.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(page.getByText('2 of 28')).toBeVisible();
});

test('a learner resets progress after confirming, and undoes it', async ({ page }) => {
  await seedStorage(page, progressV3());
  await page.goto('/progress/');
  await expect(page.getByText('1 of 28')).toBeVisible();
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('0 of 28')).toBeVisible();
  await page.reload();
  await expect(page.getByText('0 of 28')).toBeVisible();
  await page.getByRole('button', { name: 'Undo the reset' }).click();
  await expect(page.getByText('1 of 28')).toBeVisible();
});

const validFile = JSON.stringify({ format: 'groundwork-progress', version: 3, exportedAt: '2026-11-25T12:00:00.000Z', progress: JSON.parse(progressV3()).state });
const badFiles: [string, string | Buffer, RegExp][] = [
  ['a file over 1 MB', Buffer.alloc(1024 * 1024 + 10, ' '), /larger than 1 MB/],
  ['a file that is not JSON', 'Dear branch, please find attached…', /not JSON/],
  ['JSON of another shape', '{"members": 40}', /not a Groundwork progress file/],
  ['a file from a newer version', validFile.replace('"version":3', '"version":12'), /newer version/],
  ['a __proto__ key', validFile.replace('"completedLessons":{', '"completedLessons":{"__proto__":{"admin":true},'), /"__proto__" key/],
  ['a constructor key', validFile.replace('"selfRatings":{}', '"selfRatings":{"constructor":{"value":1}}'), /"constructor" key/],
  ['10,000-deep nesting', `{"format":"groundwork-progress","progress":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, /nested far more deeply/],
  ['1e999', validFile.replace('"version":3', '"version":1e999'), /number too large/],
  ['HTML in a string', validFile.replace('"attempts":[]', '"attempts":[{"itemId":"a","choice":"<script>alert(1)</script>","correct":true,"at":"2026-11-25T12:00:00Z"}]'), /HTML/],
];

for (const [name, contents, message] of badFiles) {
  test(`importing ${name} shows a clear message and changes nothing`, async ({ page }) => {
    await seedStorage(page, progressV3());
    await page.goto('/progress/');
    await expect(page.getByText('1 of 28')).toBeVisible();
    const before = await saved(page);
    await page.getByLabel('Import a progress file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    await expect(page.locator('.safety__status')).toContainText(message);
    await expect(page.locator('.safety__status')).toContainText('Your progress has not changed.');
    await expect(page.getByRole('region', { name: /^Import/ })).toHaveCount(0);
    expect(await saved(page)).toBe(before);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).admin)).toBeUndefined();
  });
}

test('a missed question comes back in today’s review, and answering it clears the queue', async ({ page }) => {
  await seedStorage(page, progressV3({ attempts: [missedAnHourAgo()] }));
  await page.goto('/review/');
  await expect(page.getByText('1 question due today.')).toBeVisible();
  await page.getByRole('button', { name: 'Start today’s review' }).click();
  await page.locator('.option__button').filter({ hasText: /^70%$/ }).click();
  await expect(page.locator('.verdict')).toContainText('Right');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { name: 'You got 1 of 1 right' })).toBeVisible();
  const attempts = (await savedState(page)).attempts;
  expect(attempts.at(-1)).toMatchObject({ itemId: 'org-listen-fill-gap-1', correct: true, review: true });
  await page.reload();
  await expect(page.getByText('You have done today’s review.')).toBeVisible();
});

const toReviewToday = (page: Page) => page.getByRole('term').filter({ hasText: 'To review today' }).locator('+ dd');

test('at a glance, a new learner has nothing to review today', async ({ page }) => {
  await page.goto('/progress/');
  await expect(toReviewToday(page)).toHaveText('0');
  await expect(page.getByText('No questions are due for review today.')).toBeVisible();
});

test('at a glance, a learner with a question due is told how many', async ({ page }) => {
  await seedStorage(page, progressV3({ attempts: [missedAnHourAgo()] }));
  await page.goto('/progress/');
  await expect(toReviewToday(page)).toHaveText('1');
  await expect(page.getByRole('link', { name: 'Review 1 question' })).toBeVisible();
});

test.describe('when a part loaded on demand does not arrive', () => {
  // The browser itself logs the failed request.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('today’s review says so, and is worked out when the learner tries again', async ({ page }) => {
    await seedStorage(page, progressV3({ attempts: [missedAnHourAgo()] }));
    const letThrough = await dropScriptsLoadedLater(page, '/review/');
    await page.goto('/review/');
    const problem = page.getByRole('alert').filter({ hasText: 'review' });
    await expect(problem).toContainText('Today’s review could not be worked out: part of it did not arrive. Check the connection and try again.');
    await letThrough();
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('1 question due today.')).toBeVisible();
  });

  test('an import says the file could not be checked, changes nothing, and works when the file is chosen again', async ({ page }) => {
    await seedStorage(page, progressV3({ attempts: [missedAnHourAgo()] }));
    const letThrough = await dropScriptsLoadedLater(page, '/progress/');
    await page.goto('/progress/');
    await expect(page.getByText('1 of 28')).toBeVisible();
    // The review's scheduler did not arrive either: the page points to the review, which can try again.
    await expect(page.getByRole('link', { name: 'Open today’s review' })).toBeVisible();
    // Not "0": with a question due, that would tell the learner there is nothing to do.
    await expect(toReviewToday(page)).toHaveText('–Not known');
    const before = await saved(page);
    const file = { name: 'groundwork-progress.json', mimeType: 'application/json', buffer: Buffer.from(validFile) };
    await page.getByLabel('Import a progress file').setInputFiles(file);
    await expect(page.getByText('The file could not be checked: part of this page did not arrive.')).toBeVisible();
    expect(await saved(page)).toBe(before);
    await letThrough();
    await page.getByLabel('Import a progress file').setInputFiles(file);
    await expect(page.getByRole('region', { name: /^Import/ }).getByRole('button', { name: 'Replace with the imported progress' })).toBeVisible();
  });
});

test('after a long absence the review offers a day’s worth and spreads the rest', async ({ page }) => {
  const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString();
  const { questions } = await import('./content');
  const missed = questions.filter((item) => item.kind === 'choice').slice(0, 45);
  await seedStorage(page, progressV3({ attempts: missed.map((item) => ({ itemId: item.id, choice: '0', correct: false, at: longAgo })) }));
  await page.goto('/review/');
  await expect(page.getByText('20 questions due today. 25 more are waiting: to keep each day short, they are spread over the next 2 days.')).toBeVisible();
});
