import { expect, test } from './fixtures';

test('a new member on a phone opens the home page, finishes the first lesson, and finds it ticked after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Learn to organise');

  await page.getByRole('link', { name: 'Start here: Like people' }).click();
  await expect(page).toHaveURL(/\/learn\/organiser\/like-people\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Like people' })).toBeVisible();

  await page.getByRole('button', { name: 'Mark as done' }).click();
  const next = page.getByRole('link', { name: /^Next: / });
  await expect(next).toBeFocused();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();

  await page.reload();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();

  await page.goto('/');
  const organiser = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The organiser' }) });
  await expect(organiser.getByText('1 of 10 lessons done')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue: Be liked' })).toBeVisible();

  await organiser.getByRole('link', { name: 'The organiser' }).click();
  await expect(page.getByRole('link', { name: /^Like people/ }).getByText('Done', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Be liked/ }).getByText('Done', { exact: true })).toHaveCount(0);
});

test('a learner moves through a module with previous and next, and back to the module', async ({ page }) => {
  await page.goto('/learn/benn/');
  await page.getByRole('region', { name: 'Five things taught to me by Tony Benn' }).getByRole('link').nth(2).click();
  await expect(page.getByText('Lesson 3 of 5')).toBeVisible();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('navigation', { name: 'Lessons in this module' }).getByRole('link', { name: /Next lesson/ }).click();
  await expect(page.getByText('Lesson 4 of 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title!);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'What Tony Benn taught' }).click();
  await expect(page).toHaveURL(/\/learn\/benn\/$/);
});

test('on a slow signal, a tapped link shows at once that its page is on its way', async ({ page }) => {
  await page.goto('/learn/organiser/listen/');
  // The next page's data is held back, as on a patchy signal before the site is saved on
  // the phone, until the story lets it through.
  let letThrough!: () => void;
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(/[?&]_rsc=/, async (route) => {
    await held;
    await route.continue();
  });
  const bar = page.locator('.navigation-pending');
  await expect(bar).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Lessons in this module' }).getByRole('link', { name: /Next lesson/ }).click();
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Listen' })).toBeVisible();

  letThrough();
  await expect(page.getByRole('heading', { level: 1, name: 'Believe in collectives' })).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test('an organiser lesson links to its factionalist mirror image', async ({ page }) => {
  await page.goto('/learn/organiser/give-power-away/');
  await page.getByRole('link', { name: /Keep power close/ }).click();
  await expect(page).toHaveURL(/\/learn\/factionalist\/keep-power-close\/$/);
  await expect(page.getByRole('link', { name: /Give power away/ }).first()).toBeVisible();
});

test('a keyboard user skips straight to the content', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium');
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('saved progress that cannot be read is kept aside and the learner is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('groundwork-progress', '{"version":1,"state":');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'We could not read your saved progress' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('groundwork-progress.unreadable.'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{"version":1,"state":']);
});

test.describe('a missing page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('a mistyped address shows a friendly page with a way home', async ({ page }) => {
  const response = await page.goto('/learn/organiser/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});
});
