import type { Page } from '@playwright/test';
import { answersOf, planCode, questionById } from './content';
import { doubleTextSize, expect, expectNoAxeViolations, matchEveryPair, scrollsSideways, test } from './fixtures';

/*
 * Comfortable on any phone: text at twice the size loses and overlaps nothing, motion
 * stays still for those who ask for it, and dark mode is as readable as light.
 */

/** A plan in its link, for the views that read one: the builder, the speaker notes, the presenter. */
const plan = planCode({ v: 1, m: ['organiser'], l: 45, s: 1, st: [['w'], ['l', 'organiser-listen'], ['q', 'org-identify-leaders-choice-2'], ['d', 'organiser-listen'], ['u']] });

const pages = [
  '/',
  '/learn/organiser/',
  '/learn/organiser/listen/',
  '/quiz/organiser/',
  '/review/',
  '/progress/',
  '/workshop/',
  `/workshop/?plan=${plan}`,
  `/workshop/notes/?plan=${plan}`,
  '/workshop/guide/organiser/',
  '/cards/',
  '/about/',
  '/print/',
  '/print/worksheet/',
];

/** The presenter: a laptop's view, so not in `pages`, but checked with them at 200% on a phone and in dark mode. */
const presenter = `/workshop/present/?plan=${plan}`;

/** Waits for the browser's next frame, before which the presenter sizes a new step's type. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

/**
 * Opens a page and waits for what it shows once loaded: a view that reads its plan from the
 * link arrives just after the page.
 */
async function open(page: Page, path: string) {
  await page.goto(path);
  if (path.startsWith('/workshop/?plan=')) await expect(page.getByRole('group', { name: 'Add a step' })).toBeVisible();
  if (path.startsWith('/workshop/notes/')) await expect(page.getByRole('link', { name: 'Open the presenter' })).toBeVisible();
  if (path.startsWith('/workshop/present/')) {
    await expect(page.locator('.presenter__stage')).toBeVisible();
    await nextFrame(page);
  }
}

/**
 * What larger text has broken on the page, if anything: text cut off by a box that hides
 * its overflow (a text field's own scrolling excepted), anything reaching past the right
 * edge of the screen, and controls that cover one another. A link that wraps is compared
 * line by line, as its bounding box would overlap a neighbour on either line.
 */
function problemsWithLargeText(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !element.closest('.visually-hidden, [hidden]');
    };
    const width = document.documentElement.clientWidth;
    for (const element of document.querySelectorAll('body *')) {
      if (!visible(element) || element.closest('svg') || element.matches('input, textarea')) continue;
      const style = getComputedStyle(element);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if ((hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`cut off: ${name(element)}`);
      }
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && style.position !== 'fixed') problems.push(`past the right edge: ${name(element)}`);
    }
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(visible);
    const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (const [index, control] of controls.entries()) {
      const boxes = [...control.getClientRects()];
      for (const other of controls.slice(index + 1)) {
        if (control.contains(other) || other.contains(control)) continue;
        const otherBoxes = [...other.getClientRects()];
        if (boxes.some((a) => otherBoxes.some((b) => overlap(a, b)))) problems.push(`overlapping: ${name(control)} and ${name(other)}`);
      }
    }
    return problems;
  });
}

/** A word split across two lines, with its own width and that of the box it breaks in. */
type SplitWord = { word: string; where: string; wordWidth: number; boxWidth: number; columnWidth: number };

/**
 * Words the layout has had to split across two lines ("Someti" / "mes"), which happens when
 * a word is wider than its box. Breaks after a hyphen, dash or slash are where a line may
 * end, and are not counted; nor is text hidden from sight (a stacked table's headings).
 */
function wordsSplitAcrossLines(page: Page): Promise<SplitWord[]> {
  return page.evaluate(() => {
    const split: SplitWord[] = [];
    // The page's width less its side margins, which on a phone are at most 5% a side.
    const columnWidth = document.documentElement.clientWidth * 0.9;
    const measure = document.createElement('span');
    measure.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden], .visually-hidden')) continue;
      for (const word of (node.textContent ?? '').matchAll(/[^\s/\u2013\u2014-]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lineTops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lineTops.size < 2) continue;
        let box: Element = element;
        while (getComputedStyle(box).display.startsWith('inline') && box.parentElement) box = box.parentElement;
        const boxStyle = getComputedStyle(box);
        const boxWidth = box.clientWidth - parseFloat(boxStyle.paddingLeft) - parseFloat(boxStyle.paddingRight);
        if (boxWidth <= 1) continue; // clipped out of sight
        measure.textContent = word[0];
        element.append(measure);
        const wordWidth = measure.getBoundingClientRect().width;
        measure.remove();
        const where = `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`;
        split.push({ word: word[0], where, wordWidth: Math.round(wordWidth), boxWidth: Math.round(boxWidth), columnWidth: Math.round(columnWidth) });
      }
    }
    return split;
  });
}

test('no word is split across two lines, on a phone or a laptop', async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of pages) {
    await open(page, path);
    const split = await wordsSplitAcrossLines(page);
    if (split.length > 0) found[path] = split.map(({ word, where }) => `${word} in ${where}`);
  }
  expect(found, 'words split across lines, by page').toEqual({});
});

test.describe('on a phone with text at 200%', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone story');

  // A word as wide as the screen has to break. Any other split means a box has been squeezed:
  // a table column, a card in a row or a label beside its radio, a letter or two wide. (A word
  // within a pixel or two of its box's width is left to the browser's rounding.)
  const squeezedWords = async (page: Page) =>
    (await wordsSplitAcrossLines(page))
      .filter(({ wordWidth, boxWidth, columnWidth }) => wordWidth + 2 <= boxWidth || (boxWidth < (columnWidth * 2) / 3 && wordWidth <= columnWidth))
      .map(({ word, where, wordWidth, boxWidth }) => `split to fit a squeezed box: ${word} (${wordWidth} px) in ${where} (${boxWidth} px)`);

  /** All that text at 200% has broken on the page as it is now, if anything. */
  const problemsAt200 = async (page: Page) => [
    ...(await problemsWithLargeText(page)),
    ...((await scrollsSideways(page)) ? ['the page scrolls sideways'] : []),
    ...(await squeezedWords(page)),
  ];

  test('every page keeps all its text, on screen, clear of the rest and whole but for words too wide for the page', async ({ page }) => {
    await doubleTextSize(page);
    const found: Record<string, string[]> = {};
    for (const path of [...pages, presenter]) {
      await open(page, path);
      if (path.startsWith('/quiz/')) {
        await page.getByRole('button', { name: /^Start/ }).click();
        await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
      }
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), `text size on ${path}`).toBeGreaterThanOrEqual(36);
      const problems = await problemsAt200(page);
      if (problems.length > 0) found[path] = problems;
    }
    expect(found, 'problems with text at 200%, by page').toEqual({});
  });

  test('a whole quiz with each kind of question it holds, before and after each answer, keeps its text the same way', async ({ page }) => {
    await doubleTextSize(page);
    await page.goto('/quiz/square-pegs/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const found: Record<string, string[]> = {};
    const kinds = new Set<string>();
    const check = async (where: string) => {
      const problems = await problemsAt200(page);
      if (problems.length > 0) found[where] = problems;
    };
    const next = page.getByRole('button', { name: /Next question|See your results/ });
    for (let question = 1; !(await page.getByRole('heading', { name: /^You got/ }).isVisible()); question++) {
      await expect(page.getByRole('heading', { name: new RegExp(`^Question ${question} of`) })).toBeVisible();
      const item = questionById((await page.locator('[data-item-id]').getAttribute('data-item-id'))!);
      kinds.add(item.kind);
      await check(`${item.kind} ${item.id}`);
      if (item.kind === 'match-pairs') {
        await matchEveryPair(page);
      } else if (item.kind === 'branching') {
        while (!(await next.isVisible())) {
          await check(`${item.kind} ${item.id}, in the story`);
          const goOn = page.getByRole('button', { name: 'Continue the story' });
          if (await goOn.isVisible()) await goOn.click();
          else await page.locator('.option__button').first().click();
        }
      } else {
        await page.locator('.option__button').filter({ hasText: answersOf(item).right }).first().click();
      }
      await expect(next).toBeVisible();
      await check(`${item.kind} ${item.id}, answered`);
      await next.click();
    }
    await check('the results');
    expect([...kinds]).toEqual(expect.arrayContaining(['branching', 'match-pairs', 'sort']));
    expect(found, 'problems with text at 200%, by question').toEqual({});
  });
});

test.describe('on a laptop with text at 200%', () => {
  test.skip(({ isMobile }) => isMobile, 'the presenter runs on a laptop');

  test('every presenter step keeps all its text: one too long for the stage scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await doubleTextSize(page);
    await open(page, presenter);
    for (let step = 1; step <= 5; step++) {
      await expect(page.getByText(`Step ${step} of 5`, { exact: true })).toBeVisible();
      await nextFrame(page);
      expect(await problemsWithLargeText(page), `step ${step}`).toEqual([]);
      // The button, as a key would first scroll a step that does not fit.
      if (step < 5) await page.getByRole('button', { name: 'Next →' }).click();
    }
  });

  test('a step too long for the stage moves on a stage’s worth at each press before the next step comes', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await doubleTextSize(page);
    const longQuestions = planCode({ v: 1, m: ['organiser', 'benn'], l: 45, s: 3, st: [['q', 'org-identify-leaders-choice-2'], ['q', 'benn-trust-in-people-choice-3'], ['u']] });
    await open(page, `/workshop/present/?plan=${longQuestions}`);
    const stage = page.locator('.presenter__stage');
    const stepShown = (step: number) => expect(page.getByText(`Step ${step} of 3`, { exact: true })).toBeVisible();
    const scrollTop = () => stage.evaluate((element) => element.scrollTop);
    const atEnd = () => stage.evaluate((element) => element.scrollTop >= element.scrollHeight - element.clientHeight - 1);
    await expect(stage).toHaveAttribute('data-scrolls', '');

    for (let press = 0; press < 10 && !(await atEnd()); press++) {
      await page.keyboard.press('PageDown');
      await stepShown(1);
    }
    expect(await atEnd()).toBe(true);
    expect(await scrollTop()).toBeGreaterThan(0);

    // At its end the next press moves on, and the next step starts at its top.
    await page.keyboard.press('PageDown');
    await stepShown(2);
    await nextFrame(page);
    expect(await scrollTop()).toBe(0);
    // At the top, a press back goes to the step before, from its top.
    await page.keyboard.press('PageUp');
    await stepShown(1);
    expect(await scrollTop()).toBe(0);
  });
});

test.describe('motion', () => {
  test.skip(({ isMobile }) => isMobile, 'the presenter runs on a laptop');
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    test(`with prefers-reduced-motion: ${reducedMotion}, scrolling and the presenter's tally bars ${reducedMotion === 'reduce' ? 'do not move' : 'glide'}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion });
      const tallyPlan = planCode({ v: 1, m: ['organiser'], l: 20, s: 3, st: [['q', 'org-identify-leaders-choice-2'], ['u']] });
      await page.goto(`/workshop/present/?plan=${tallyPlan}`);
      await expect(page.locator('.room-option').first()).toBeVisible();
      await page.keyboard.press('1');
      await expect(page.locator('.room-option').first()).toContainText('1 person');
      const motion = await page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        bars: [...document.querySelectorAll('.room-option__fill')].map((element) => getComputedStyle(element).transitionDuration).filter((duration) => duration !== '0s'),
      }));
      if (reducedMotion === 'reduce') expect(motion).toEqual({ scroll: 'auto', bars: [] });
      else {
        expect(motion.scroll).toBe('smooth');
        expect(motion.bars.length).toBeGreaterThan(0);
      }
    });
  }
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('every page is as readable as in light mode', async ({ page }) => {
    test.slow(true, 'a walk through every page, with its contrast checked');
    for (const path of [...pages, presenter]) {
      await open(page, path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await expectNoAxeViolations(page);
    }
  });
});
