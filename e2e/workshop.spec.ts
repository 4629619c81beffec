import type { Page } from '@playwright/test';
import { planCode } from './content';
import { collectErrors, dropScriptsLoadedLater, expect, expectNoAxeViolations, scrollsSideways, tabTo, test } from './fixtures';

const runningOrder = (page: Page) => page.getByRole('list', { name: 'Running order' }).getByRole('listitem');
const countdownState = (page: Page) => page.locator('.countdown__state');
const nowHeading = (page: Page) => page.getByRole('heading', { level: 2 }).filter({ hasText: /^Now: step/ });

test.describe('on the trainer’s laptop', () => {
  test.skip(({ isMobile }) => isMobile, 'a presenter runs on a laptop');

  test('a trainer builds a 45-minute plan, opens its link in a fresh browser, and presents a question by keyboard alone while the notes follow', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/workshop/');
    await page.getByRole('checkbox', { name: 'The organiser' }).check();
    await page.getByRole('radio', { name: '45 minutes' }).check();
    await page.getByRole('button', { name: 'Make the running order' }).click();
    await expect(page.getByRole('heading', { name: 'Your running order' })).toBeFocused();
    await expect(runningOrder(page)).toHaveCount(8);
    await expect(runningOrder(page).first()).toContainText('0–3 min');
    await expect(runningOrder(page).last()).toContainText('41–45 min');
    const link = await page.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
    expect(link).toMatch(/\/workshop\/\?plan=[A-Za-z0-9_-]+$/);
    const steps = await runningOrder(page).allInnerTexts();

    // A fresh browser context: nothing shared with the first but the link.
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    context.on('page', (opened) => collectErrors(opened, [], errors));
    const presenter = await context.newPage();
    await presenter.goto(link);
    await expect(runningOrder(presenter)).toHaveCount(8);
    expect(await runningOrder(presenter).allInnerTexts()).toEqual(steps);

    await tabTo(presenter, presenter.getByRole('link', { name: 'Present', exact: true }));
    await presenter.keyboard.press('Enter');
    await expect(presenter).toHaveURL(/\/workshop\/present\/\?plan=/);
    await expect(presenter.getByText('Step 1 of 8', { exact: true })).toBeVisible();

    const notes = await context.newPage();
    await notes.goto(link.replace('/workshop/?', '/workshop/notes/?'));
    await expect(notes.getByRole('status').filter({ hasText: 'Following the presenter window.' })).toBeVisible();
    await expect(nowHeading(notes)).toContainText('step 1 of 8');
    await presenter.bringToFront();

    // → and Page Down, as a clicker sends them.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Step 2 of 8', { exact: true })).toBeVisible();
    await expect(nowHeading(notes)).toContainText('step 2 of 8');
    await expect(nowHeading(notes)).toContainText('Lesson');
    await presenter.keyboard.press('PageDown');
    await expect(presenter.getByText('Step 3 of 8', { exact: true })).toBeVisible();
    await expect(nowHeading(notes)).toContainText('Question');
    await expect(presenter.getByText('Hold up A, B, C or D.')).toBeVisible();

    // The countdown: T starts it, and the notes' copy runs too.
    await expect(presenter.getByRole('timer')).toHaveText('4:00');
    await presenter.keyboard.press('t');
    await expect(countdownState(presenter)).toHaveText('Running');
    await expect(countdownState(notes)).toHaveText('Running');
    await expect(presenter.getByRole('timer')).not.toHaveText('4:00');
    await presenter.keyboard.press('t');
    await expect(countdownState(presenter)).toHaveText('Paused');
    await expect(countdownState(notes)).toHaveText('Paused');

    // The tally: three hands for A with the on-screen button, two for B with the 2 key.
    await tabTo(presenter, presenter.getByRole('button', { name: 'Add one to A' }));
    for (let hand = 0; hand < 3; hand++) await presenter.keyboard.press('Enter');
    await presenter.keyboard.press('2');
    await presenter.keyboard.press('2');
    const options = presenter.locator('.room-option');
    await expect(options.nth(0)).toContainText('3 people · 60%');
    await expect(options.nth(1)).toContainText('2 people · 40%');
    await expect(notes.locator('.notes__options li').nth(0)).toContainText('Room: 3 of 5 (60%)');

    // The reveal: R shows the answer and why, on screen and in the notes.
    await presenter.keyboard.press('r');
    const answer = presenter.locator('.room-option--answer');
    await expect(answer).toContainText('✓ The answer');
    await expect(presenter.getByText(/^Why:/)).toBeVisible();
    await expect(notes.getByText('(revealed on screen)')).toBeVisible();
    const letter = (await answer.locator('.card-badge__label').textContent())!;
    await expect(notes.locator('.notes__answer')).toContainText(`${letter}: `);
    await expectNoAxeViolations(presenter);

    // B blanks the screen and brings it back.
    await presenter.keyboard.press('b');
    await expect(presenter.getByRole('button', { name: 'The screen is blank. Show it again' })).toBeFocused();
    await expect(notes.getByText('The screen is blank.')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(notes.getByText('The screen is blank.')).toHaveCount(0);

    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Step 4 of 8', { exact: true })).toBeVisible();
    await expect(nowHeading(notes)).toContainText('Discussion');
    await expect(countdownState(notes)).toHaveText('Not started');
    await expectNoAxeViolations(presenter);
    await expectNoAxeViolations(notes);

    // Back to the question: its tally and its reveal are still there.
    await presenter.keyboard.press('PageUp');
    await expect(presenter.locator('.room-option').nth(0)).toContainText('3 people · 60%');
    await expect(presenter.locator('.room-option--answer')).toBeVisible();

    expect(errors, 'errors in the fresh context').toEqual([]);
    await context.close();
  });

  test('the notes window drives the presenter too, for a clicker pointed at the laptop screen', async ({ page, context }) => {
    const code = planCode({ v: 1, m: ['benn'], l: 20, s: 5, st: [['w'], ['l', 'benn-stories'], ['d', 'benn-stories'], ['u']] });
    await page.goto(`/workshop/present/?plan=${code}`);
    const notes = await context.newPage();
    const errors = collectErrors(notes);
    await notes.goto(`/workshop/notes/?plan=${code}`);
    await expect(notes.getByRole('status').filter({ hasText: 'Following the presenter window.' })).toBeVisible();
    // The welcome step shows a QR code for the answer cards.
    await expect(page.getByRole('img', { name: 'QR code for Answer cards for your phone' })).toBeVisible();
    await expectNoAxeViolations(page);
    await notes.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 1, name: 'Tell stories that connect' })).toBeVisible();

    // Q on the presenter: a QR code for this lesson, at the address the site is served from.
    await page.bringToFront();
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: 'QR code for phones' });
    await expect(dialog.getByRole('img', { name: 'QR code for The lesson: Tell stories that connect' })).toBeVisible();
    await expect(dialog).toContainText(`${new URL(page.url()).host}/learn/benn/stories/`);
    await expect(dialog.getByRole('button', { name: 'Close the QR code' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await notes.getByRole('button', { name: 'Next →' }).click();
    await expect(page.getByText('Step 3 of 4', { exact: true })).toBeVisible();
    await expect(notes.getByRole('listitem').filter({ hasText: '(now)' })).toContainText('Discussion');
    expect(errors).toEqual([]);
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    test(`the longest question, its answer and a tally fit a ${viewport.width}×${viewport.height} projector in large type`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const code = planCode({ v: 1, m: ['organiser', 'benn'], l: 45, s: 3, st: [['q', 'org-identify-leaders-choice-2'], ['q', 'benn-trust-in-people-choice-3'], ['l', 'organiser-give-power-away'], ['p', 'thirty-seventy']] });
      await page.goto(`/workshop/present/?plan=${code}`);
      for (let step = 1; step <= 4; step++) {
        await expect(page.getByText(`Step ${step} of 4`, { exact: true })).toBeVisible();
        if (step <= 2) {
          await page.keyboard.press('1');
          await page.keyboard.press('3');
          await page.keyboard.press('r');
          await expect(page.getByText(/^Why:/)).toBeVisible();
        }
        // Measured as the next frame is drawn: the type is sized in the frame after the step changes.
        const fit = await page.locator('.presenter__stage').evaluate(async (stage) => {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return {
            overflows: stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1,
            textSize: parseFloat(getComputedStyle(stage.querySelector('h1, .stage__prompt')!).fontSize),
            pageScrolls: document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        expect(fit.overflows, `step ${step} overflows`).toBe(false);
        expect(fit.pageScrolls, `step ${step} scrolls`).toBe(false);
        // About 3% of the screen's height or more: readable from the back of a meeting room.
        expect(fit.textSize, `step ${step} text size`).toBeGreaterThanOrEqual(viewport.height * 0.028);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('a presenter in a browser without BroadcastChannel still runs, and the notes say they cannot follow', async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: removing the API, as an old browser lacks it
      delete window.BroadcastChannel;
    });
    const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 1, st: [['w'], ['l', 'organiser-listen'], ['u']] });
    await page.goto(`/workshop/notes/?plan=${code}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText('This browser cannot link windows');
    await page.keyboard.press('ArrowRight');
    await expect(nowHeading(page)).toContainText('step 2 of 3');
    // The presenter, opened in the same tab, carries on where the tab's notes were.
    await page.goto(`/workshop/present/?plan=${code}`);
    await expect(page.getByText('Step 2 of 3', { exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByText('Step 3 of 3', { exact: true })).toBeVisible();
  });

  test('a clicker pressed the moment the presenter or the notes are drawn moves them on', async ({ page }) => {
    // The press arrives straight after the step line is put on the page, before anything
    // else the browser does: a trainer who clicks as the screen comes up is not ignored.
    await page.addInitScript(() => {
      const pressWhenDrawn = (line: RegExp, key: string) => {
        const observer = new MutationObserver(() => {
          if (!line.test(document.body?.innerText ?? '')) return;
          observer.disconnect();
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      };
      if (location.pathname.startsWith('/workshop/present/')) pressWhenDrawn(/Step 1 of 3/, ' ');
      if (location.pathname.startsWith('/workshop/notes/')) pressWhenDrawn(/Now: step 1 of 3/, 'ArrowRight');
    });
    const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 1, st: [['w'], ['l', 'organiser-listen'], ['u']] });
    await page.goto(`/workshop/present/?plan=${code}`);
    await expect(page.getByText('Step 2 of 3', { exact: true })).toBeVisible();
    // Forget the step this tab kept, so the notes open at step 1 and their first press counts.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`/workshop/notes/?plan=${code}`);
    await expect(nowHeading(page)).toContainText('step 2 of 3');
  });

  test('a presenter reloaded in the middle of a workshop carries on at its step with the room’s count, and can start afresh', async ({ page, context }) => {
    const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 11, st: [['w'], ['q', 'org-listen-choice-1'], ['d', 'organiser-listen'], ['u']] });
    const errors = collectErrors(page);
    const pickedUp = page.locator('.presenter__picked-up');
    const firstOption = page.locator('.room-option').first();
    await page.goto(`/workshop/present/?plan=${code}`);
    await expect(page.getByText('Step 1 of 4', { exact: true })).toBeVisible();
    await expect(pickedUp).toHaveCount(0);

    // The question: two hands for A, one for C, the answer shown, the countdown running.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Step 2 of 4', { exact: true })).toBeVisible();
    for (const key of ['1', '1', '3', 'r', 't']) await page.keyboard.press(key);
    await expect(firstOption).toContainText('2 people · 67%');
    await expect(countdownState(page)).toHaveText('Running');

    // A reload, as after "Reload to update" or a browser that dropped the tab.
    await page.reload();
    await expect(page.getByText('Step 2 of 4', { exact: true })).toBeVisible();
    await expect(firstOption).toContainText('2 people · 67%');
    await expect(page.locator('.room-option--answer')).toBeVisible();
    await expect(countdownState(page)).toHaveText('Running');
    await expect(pickedUp).toContainText('Picked up where the presentation left off.');
    await expectNoAxeViolations(page);

    // Notes opened now follow the presentation as it was picked up.
    const notes = await context.newPage();
    await notes.goto(`/workshop/notes/?plan=${code}`);
    await expect(nowHeading(notes)).toContainText('step 2 of 4');
    await expect(notes.locator('.notes__options li').first()).toContainText('Room: 2 of 3 (67%)');

    // Start afresh, by keyboard: both windows go back to step 1 with nothing counted.
    await page.bringToFront();
    await tabTo(page, pickedUp.getByRole('button', { name: 'Start afresh' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 1 of 4', { exact: true })).toBeVisible();
    await expect(pickedUp).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Next →' })).toBeFocused();
    await expect(nowHeading(notes)).toContainText('step 1 of 4');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Step 2 of 4', { exact: true })).toBeVisible();
    await expect(firstOption).toContainText('0 people');
    await expect(page.locator('.room-option--answer')).toHaveCount(0);
    await expect(countdownState(page)).toHaveText('Not started');

    // Picked up again after another reload, the line goes as soon as the trainer moves on.
    await page.reload();
    await expect(pickedUp).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Step 3 of 4', { exact: true })).toBeVisible();
    await expect(pickedUp).toHaveCount(0);

    expect(errors).toEqual([]);

    // The session is the tab's: with no other window presenting the plan, a new tab starts at the beginning.
    await notes.close();
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto(`/workshop/present/?plan=${code}`);
    await expect(fresh.getByText('Step 1 of 4', { exact: true })).toBeVisible();
    await expect(fresh.locator('.presenter__picked-up')).toHaveCount(0);
  });
});

test('a trainer reorders, drops and adds steps, the timings still add up, and the plan survives a reload', async ({ page }) => {
  await page.goto('/workshop/');
  await page.getByRole('checkbox', { name: 'The organiser' }).uncheck();
  await page.getByRole('button', { name: 'Make the running order' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'module' })).toHaveText('Choose at least one module.');
  await page.getByRole('checkbox', { name: 'What Tony Benn taught' }).check();
  await page.getByRole('radio', { name: '20 minutes' }).check();
  await page.getByRole('button', { name: 'Make the running order' }).click();
  await expect(runningOrder(page)).toHaveCount(5);
  await expect(runningOrder(page).nth(1)).toContainText('Lesson');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /^Move down: step 2,/ }).click();
  await expect(runningOrder(page).nth(2)).toContainText('Lesson');
  await expect(page.getByRole('button', { name: /^Move down: step 3,/ })).toBeFocused();
  await page.getByRole('button', { name: /^Remove: step 4,/ }).click();
  await expect(runningOrder(page)).toHaveCount(4);

  await page.getByRole('combobox', { name: 'What' }).selectOption({ label: 'Pair or group work' });
  await page.getByRole('combobox', { name: 'Activity' }).selectOption({ label: 'Tell it as a story' });
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await expect(runningOrder(page)).toHaveCount(5);
  await expect(runningOrder(page).nth(3)).toContainText('Tell it as a story');
  await expect(runningOrder(page).last()).toContainText('–20 min');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Tell it as a story”' })).toBeAttached();
  if (await scrollsSideways(page)) throw new Error('the builder scrolls sideways');

  const before = await runningOrder(page).allInnerTexts();
  await page.reload();
  await expect(runningOrder(page)).toHaveCount(5);
  expect(await runningOrder(page).allInnerTexts()).toEqual(before);
  await expect(page.getByRole('radio', { name: '20 minutes' })).toBeChecked();
  await expectNoAxeViolations(page);
});

test.describe('a plan link that cannot be opened', () => {
  const wire = { v: 1, m: ['organiser'], l: 20, s: 1, st: [['w'], ['l', 'organiser-listen'], ['u']] };

  test('says the link is damaged when it was cut short, on the presenter and the notes', async ({ page }) => {
    const cut = planCode(wire).slice(0, 30);
    for (const path of ['/workshop/present/', '/workshop/notes/']) {
      await page.goto(`${path}?plan=${cut}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This plan link cannot be opened');
      await expect(page.getByRole('alert').filter({ hasText: 'plan' })).toContainText('This plan link is damaged');
      await expect(page.getByRole('link', { name: 'Go to the plan builder' })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test('says a tampered plan has been changed, and names a lesson it does not know', async ({ page }) => {
    await page.goto(`/workshop/present/?plan=${planCode({ ...wire, l: 60 })}`);
    const problem = page.getByRole('alert').filter({ hasText: 'plan' });
    await expect(problem).toContainText('has been changed since it was made');
    await page.goto(`/workshop/present/?plan=${planCode({ ...wire, st: [['l', 'organiser-hear']] })}`);
    await expect(problem).toContainText('“organiser-hear”');
    await page.goto(`/workshop/?plan=${planCode({ ...wire, s: 'x' })}`);
    await expect(problem).toContainText('has been changed since it was made');
    await page.getByRole('link', { name: 'Start a new plan' }).click();
    await expect(page.getByRole('button', { name: 'Make the running order' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('asks for a plan when there is none', async ({ page }) => {
    await page.goto('/workshop/present/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No plan to present');
    await expect(page.getByRole('alert').filter({ hasText: /plan/ })).toHaveCount(0);
  });
});

test.describe('when the workshop material cannot be fetched', () => {
  // The browser itself logs the failed request.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('the builder, presenter, notes and answer key each say so and how to recover', async ({ page }) => {
    await page.route('**/workshop/catalogue.json', (route) => route.abort('internetdisconnected'));
    const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 1, st: [['w'], ['l', 'organiser-listen'], ['u']] });
    for (const path of ['/workshop/', '/workshop/present/', '/workshop/notes/', '/print/answer-key/']) {
      await page.goto(`${path}?plan=${code}`);
      await expect(page.getByRole('alert').filter({ hasText: 'workshop material' })).toContainText('could not be loaded. Check the connection and reload the page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('when a workshop view’s own code cannot be fetched', () => {
  // The browser itself logs the failed request.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('the builder, presenter, notes and answer key say so, rather than failing the page', async ({ page }) => {
    const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 1, st: [['w'], ['l', 'organiser-listen'], ['u']] });
    for (const path of ['/workshop/', '/workshop/present/', '/workshop/notes/', '/print/answer-key/']) {
      // The page's own scripts arrive; the view's, loaded just after the page, do not.
      const letThrough = await dropScriptsLoadedLater(page, `${path}?plan=${code}`);
      await page.goto(`${path}?plan=${code}`);
      await expect(page.getByRole('alert').filter({ hasText: 'workshop material' })).toContainText('could not be loaded. Check the connection and reload the page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await letThrough();
    }
  });
});

test('a facilitator guide has aims, timings, activities, discussion questions and tips, and presents its own plan', async ({ page }) => {
  await page.goto('/workshop/');
  await page.getByRole('link', { name: 'Guide: Square pegs, round holes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Square pegs, round holes');
  for (const heading of ['Aims', 'Before the session', 'Timings', 'Activities', 'Discussion questions', 'When the room disagrees']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: 'Sorting cards in pairs' })).toBeVisible();
  await page.getByRole('link', { name: 'Present the 45-minute plan' }).click();
  await expect(page.getByText('Step 1 of 8', { exact: true })).toBeVisible();
});

test('a participant holds up a full-screen answer card and puts it away', async ({ page }) => {
  await page.goto('/cards/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'B: show full screen' }).click();
  const card = page.getByRole('button', { name: 'Answer B. Tap to choose another card.' });
  await expect(card).toBeFocused();
  const box = await card.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'B: show full screen' })).toBeFocused();

  await page.getByRole('button', { name: 'Factionalist: show full screen' }).click();
  await expect(page.getByRole('button', { name: 'Factionalist. Tap to choose another card.' })).toBeVisible();
  await page.getByRole('button', { name: 'Factionalist. Tap to choose another card.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Answer cards' })).toBeVisible();
});
