import type { Page } from '@playwright/test';
import { planCode } from './content';
import { expect, expectNoAxeViolations, test } from './fixtures';

// PDFs are printed by desktop Chromium; the phone project checks the same pages on screen in the crawl.
test.skip(({ isMobile }) => isMobile, 'printing to PDF is a desktop job');

/** Prints the page to an A4 PDF, as a trainer would, and counts its pages. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const mm = 96 / 25.4;

for (const { piece, title, pages } of [
  { piece: 'lists', title: 'The three lists', pages: 3 },
  { piece: 'sorting-cards', title: 'Sorting cards', pages: 3 },
  { piece: 'worksheet', title: 'Worksheet', pages: 2 },
  { piece: 'answer-cards', title: 'Answer cards', pages: 3 },
  { piece: 'certificate', title: 'Certificate', pages: 1 },
]) {
  test(`${title} print on ${pages} A4 page${pages === 1 ? '' : 's'}`, async ({ page }) => {
    await page.goto(`/print/${piece}/`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await printedPages(page)).toBe(pages);
  });
}

test('the answer key prints the answers to a plan’s questions, lettered as the presenter shows them', async ({ page }) => {
  const code = planCode({ v: 1, m: ['organiser'], l: 20, s: 11, st: [['w'], ['q', 'org-listen-choice-1'], ['u']] });
  await page.goto(`/workshop/present/?plan=${code}`);
  await expect(page.getByText('Step 1 of 3', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  const letter = await page.locator('.room-option--answer .card-badge__label').textContent();
  await page.goto(`/print/answer-key/?plan=${code}`);
  await expect(page.getByText(/^Step 2 \(\d+–\d+ min\):/)).toBeVisible();
  await expect(page.locator('.key-list').first()).toContainText(`${letter}: `);
  await expectNoAxeViolations(page);
  expect(await printedPages(page)).toBeGreaterThanOrEqual(2);
});

test('no sorting card or answer card is cut across a page break', async ({ page }) => {
  for (const piece of ['sorting-cards', 'answer-cards']) {
    await page.goto(`/print/${piece}/`);
    await page.emulateMedia({ media: 'print' });
    const sheets = await page.locator('.print-sheet').evaluateAll((elements) =>
      elements.map((sheet) => {
        const box = sheet.getBoundingClientRect();
        const cards = [...sheet.querySelectorAll<HTMLElement>('.sorting-card, .paper-card')].map((card) => {
          const inner = card.getBoundingClientRect();
          return { top: inner.top - box.top, bottom: inner.bottom - box.top, overflows: card.scrollHeight > card.clientHeight + 1 };
        });
        return { height: box.height, cards };
      }),
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const [index, sheet] of sheets.entries()) {
      // Each sheet is exactly one A4 page's printable area, and the PDF has one page per sheet.
      expect(sheet.height, `${piece} sheet ${index + 1}`).toBeCloseTo(267 * mm, 0);
      for (const card of sheet.cards) {
        expect(card.top).toBeGreaterThanOrEqual(-0.5);
        expect(card.bottom).toBeLessThanOrEqual(sheet.height + 0.5);
        expect(card.overflows, `${piece} sheet ${index + 1}: a card's text overflows`).toBe(false);
      }
    }
    await page.emulateMedia({ media: null });
    expect(await printedPages(page)).toBe(sheets.length);
  }
});

test('a certificate prints with the name typed in, which goes nowhere', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/print/certificate/');
  await page.getByRole('textbox', { name: 'Name on the certificate' }).fill('Aisha Okonkwo');
  await page.getByRole('combobox', { name: 'Completed' }).selectOption({ label: 'the Groundwork module “The organiser”' });
  await page.getByLabel('Date').fill('2026-03-14');
  const certificate = page.getByRole('region', { name: 'The certificate' });
  await expect(certificate).toContainText('Aisha Okonkwo');
  await expect(certificate).toContainText('14 March 2026');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('textbox', { name: 'Name on the certificate' })).toBeHidden();
  await expect(certificate).toBeVisible();
  await page.emulateMedia({ media: null });
  expect(await printedPages(page)).toBe(1);
  expect(requests.filter((entry) => entry.includes('Aisha'))).toEqual([]);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain('Aisha');
});
