import type { Page } from '@playwright/test';
import { answersOf, lessonTitles, mirrorOf, questionById } from './content';
import { dropScriptsLoadedLater, expect, expectNoAxeViolations, holdScripts, matchEveryPair, tabTo, test } from './fixtures';

const currentItemId = (page: Page) => page.locator('[data-item-id]').getAttribute('data-item-id');
const option = (page: Page, label: string) => page.locator('.option__button').filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone story');

  test('a learner answers a whole module quiz by keyboard, sees each mistake explained, and retries the mistakes', async ({ page }) => {
    await page.goto('/quiz/organiser/');
    await expectNoAxeViolations(page);
    const start = page.getByRole('button', { name: 'Start the quiz' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');

    const missed: string[] = [];
    let questionNumber = 0;
    while (!(await page.getByRole('heading', { name: /^You got/ }).isVisible())) {
      questionNumber++;
      await expect(page.getByRole('heading', { name: new RegExp(`^Question ${questionNumber} of`) })).toBeFocused();
      const itemId = (await currentItemId(page))!;
      const item = questionById(itemId);
      const { right, wrong } = answersOf(item);
      const getWrong = questionNumber === 2 || questionNumber === 5;
      if (questionNumber === 1) await expectNoAxeViolations(page);

      await tabTo(page, option(page, getWrong ? wrong : right));
      await page.keyboard.press('Enter');

      // Focus moves to the verdict, which says right or wrong in words, and the live region announces it.
      const verdict = page.locator('.verdict');
      await expect(verdict).toBeFocused();
      await expect(verdict).toContainText(getWrong ? 'Not quite' : 'Right');
      await expect(page.getByTestId('quiz-announcer')).toContainText(getWrong ? 'Not quite.' : 'Right.');
      if (questionNumber <= 2) await expectNoAxeViolations(page);
      if (getWrong) missed.push(itemId);

      await tabTo(page, page.getByRole('button', { name: /Next question|See your results/ }));
      await page.keyboard.press('Enter');
    }

    expect(questionNumber).toBe(10);
    await expect(page.getByRole('heading', { name: 'You got 8 of 10 right' })).toBeFocused();
    const mistakes = page.locator('.mistake');
    await expect(mistakes).toHaveCount(2);
    for (const [index, itemId] of missed.entries()) {
      const lessonTitle = lessonTitles[questionById(itemId).principles[0]!]!;
      await expect(mistakes.nth(index).getByRole('link', { name: `Revisit the lesson: ${lessonTitle}` })).toBeVisible();
      await expect(mistakes.nth(index)).toContainText(answersOf(questionById(itemId)).right);
    }
    await expectNoAxeViolations(page);

    await tabTo(page, page.getByRole('button', { name: 'Retry the 2 you missed' }));
    await page.keyboard.press('Enter');
    for (let retry = 1; retry <= 2; retry++) {
      await expect(page.getByRole('heading', { name: `Question ${retry} of 2` })).toBeFocused();
      const itemId = (await currentItemId(page))!;
      expect(missed).toContain(itemId);
      await tabTo(page, option(page, answersOf(questionById(itemId)).right));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: /Next question|See your results/ }));
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'You got 2 of 2 right' })).toBeVisible();

    // Every answer was recorded for review later: ten, then two more.
    const attempts = await page.evaluate(() => JSON.parse(localStorage.getItem('groundwork-progress')!).state.attempts.length);
    expect(attempts).toBe(12);
  });
});

test('a learner sorts cards, matches mirror pairs and follows a branching story in the square pegs quiz', async ({ page }) => {
  await page.goto('/quiz/square-pegs/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let sawPairs = false;
  let sawStory = false;
  for (let guard = 0; guard < 200; guard++) {
    if (await page.getByRole('heading', { name: /^You got/ }).isVisible()) break;
    const next = page.getByRole('button', { name: /Next question|See your results/ });
    if (await next.isVisible()) {
      await next.click();
      continue;
    }
    const itemId = (await currentItemId(page))!;
    const item = questionById(itemId);
    if (item.kind === 'match-pairs') {
      sawPairs = true;
      await expectNoAxeViolations(page);
      // One wrong match first, then every pair right.
      const organiserButtons = page.locator('.match > div').first().locator('.match__button');
      const factionalistButtons = page.locator('.match > div').nth(1).locator('.match__button');
      const labels = await organiserButtons.allTextContents();
      await organiserButtons.first().click();
      await factionalistButtons.filter({ hasNotText: mirrorOf(labels[0]!) }).first().click();
      await expect(page.getByRole('main').getByRole('status')).toContainText('Not quite');
      await matchEveryPair(page);
      await expect(page.locator('.verdict')).toContainText('1 wrong match');
      await expectNoAxeViolations(page);
    } else if (item.kind === 'branching') {
      sawStory = true;
      while (!(await next.isVisible())) {
        const goOn = page.getByRole('button', { name: 'Continue the story' });
        if (await goOn.isVisible()) await goOn.click();
        else await page.locator('.option__button').first().click();
      }
      await expect(page.getByRole('heading', { name: 'What the story shows' })).toBeVisible();
      await expectNoAxeViolations(page);
    } else {
      await option(page, item.kind === 'sort' && item.answer === 'discuss' ? 'Organiser' : answersOf(item).right).click();
      if (item.kind === 'sort' && item.answer === 'discuss') await expect(page.locator('.verdict')).toContainText('not scored');
    }
  }
  expect(sawPairs && sawStory).toBe(true);
  await expect(page.getByRole('heading', { name: /^You got/ })).toBeVisible();
});

test('finishing a lesson’s check ticks the lesson off', async ({ page }) => {
  await page.goto('/learn/benn/stories/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let question = 1; question <= 3; question++) {
    await expect(page.getByRole('heading', { name: `Question ${question} of 3` })).toBeVisible();
    const item = questionById((await currentItemId(page))!);
    expect(item.principles[0]).toBe('benn-stories');
    await option(page, answersOf(item).right).click();
    await page.getByRole('button', { name: /Next question|See your results/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'You got 3 of 3 right' })).toBeVisible();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();
});

test('a reload in the middle of a check picks it up where it was, and a finished check starts afresh', async ({ page }) => {
  await page.goto('/learn/benn/stories/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  const first = questionById((await currentItemId(page))!);
  await option(page, answersOf(first).right).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  const second = questionById((await currentItemId(page))!);
  await option(page, answersOf(second).wrong).click();

  // Reloaded after answering the second question, before moving on (a new version taken
  // up, or a phone that dropped the tab while the learner was in another app).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeFocused();
  await expect(page.getByTestId('quiz-announcer')).toHaveText('Picked up where you left off: question 3 of 3.');
  const third = questionById((await currentItemId(page))!);
  expect([first.id, second.id]).not.toContain(third.id);
  await option(page, answersOf(third).right).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  // The answers from before the reload count.
  await expect(page.getByRole('heading', { name: 'You got 2 of 3 right' })).toBeVisible();
  await expect(page.getByText('this lesson is ticked off')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Question/ })).toHaveCount(0);
});

test('a check kept for the tab that no longer fits its questions, or cannot be read, starts afresh', async ({ page }) => {
  await page.goto('/learn/benn/stories/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  const key = await page.evaluate(() => Object.keys(sessionStorage).find((name) => name.startsWith('groundwork-quiz-run:'))!);
  expect(key).toBe('groundwork-quiz-run:/quiz-data/lesson-benn-stories.json');

  // A new version of the site has since dropped one of its questions.
  await page.evaluate((name) => sessionStorage.setItem(name, JSON.stringify({ version: 1, seed: 7, itemIds: ['a-question-since-removed'], answers: {} })), key);
  await page.reload();
  await expect(page.getByText('The questions have changed since you started this quiz, so it starts afresh.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();

  await page.evaluate((name) => sessionStorage.setItem(name, '{"version":1,"seed":'), key);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('The questions have changed')).toHaveCount(0);
  expect(await page.evaluate((name) => sessionStorage.getItem(name), key)).toBeNull();
});

test('a private self-rating is kept on the device after a reload', async ({ page }) => {
  await page.goto('/learn/organiser/listen/');
  const group = page.getByRole('group', { name: /How often is this true of you/ });
  await group.getByRole('radio', { name: 'Often' }).check();
  await page.reload();
  await expect(page.getByRole('group', { name: /How often is this true of you/ }).getByRole('radio', { name: 'Often' })).toBeChecked();
});

test('a rating chosen before the page has come alive is kept', async ({ page }) => {
  // The page's code held back, as on a slow first visit: the radios work already.
  const letScriptsThrough = await holdScripts(page);
  await page.goto('/learn/organiser/listen/', { waitUntil: 'domcontentloaded' });
  const usually = () => page.getByRole('group', { name: /How often is this true of you/ }).getByRole('radio', { name: 'Usually' });
  await usually().check();

  await letScriptsThrough();
  // Once the code has arrived the choice is saved, and stays checked.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('groundwork-progress'))).toContain('"value":4');
  await expect(usually()).toBeChecked();
  await page.reload();
  await expect(usually()).toBeChecked();
});

test('the final check draws on every module', async ({ page }) => {
  await page.goto('/quiz/final/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the final check' }).click();
  const modules = new Set<string>();
  for (let guard = 0; guard < 200; guard++) {
    if (await page.getByRole('heading', { name: /^You got/ }).isVisible()) break;
    const next = page.getByRole('button', { name: /Next question|See your results/ });
    if (await next.isVisible()) {
      await next.click();
      continue;
    }
    const item = questionById((await currentItemId(page))!);
    modules.add(item.module);
    if (item.kind === 'match-pairs') {
      await matchEveryPair(page);
    } else {
      await option(page, answersOf(item).wrong).click();
    }
  }
  expect(modules).toEqual(new Set(['organiser', 'factionalist', 'square-pegs', 'benn']));
  await expect(page.getByRole('heading', { name: /^You got 1 of/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('when something on a page fails unexpectedly', () => {
  // React logs the error it caught.
  test.use({ expectedConsoleErrors: [/TypeError/] });

  test('the page says so inside the site, says progress is safe, and offers to try again', async ({ page }) => {
    // A quiz file damaged in a way its light check on arrival does not catch.
    await page.route('**/quiz-data/module-benn.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      for (const item of data.pool) {
        item.kind = 'choice';
        delete item.options;
      }
      await route.fulfill({ response, json: data });
    });
    await page.goto('/quiz/benn/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on this page');
    await expect(page.getByText('Your progress is safe')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.unroute('**/quiz-data/module-benn.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
  });
});

test.describe('when the questions or the quiz’s code cannot be fetched', () => {
  // The browser itself logs the failed request.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('a quiz whose code does not arrive says so, rather than failing the page, and starts once the connection is back', async ({ page }) => {
    // The page has its scripts; the quiz engine, loaded when the learner starts, does not arrive.
    const letThrough = await dropScriptsLoadedLater(page, '/quiz/benn/');
    await page.goto('/quiz/benn/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'questions' });
    await expect(problem).toContainText('The questions could not be loaded. Check the connection and try again');
    await expect(page.getByRole('heading', { level: 1, name: 'Quiz: What Tony Benn taught' })).toBeVisible();

    await letThrough();
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
  });

  test('the quiz says so, and starts once the connection is back', async ({ page }) => {
    await page.route('**/quiz-data/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/quiz/organiser/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'questions' });
    await expect(problem).toContainText('The questions could not be loaded. Check the connection and try again');
    await expectNoAxeViolations(page);

    await page.unroute('**/quiz-data/**');
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
  });
});
