// Splits a tall screenshot into viewport-high slices for a closer look: node scripts/dev/crop.mjs file.png [sliceHeight]
import { createRequire } from 'node:module';
import { join } from 'node:path';
const require = createRequire(join(process.cwd(), 'package.json'));
const { chromium } = require('playwright-core');
const [file, h = '740'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const { readFileSync } = await import('node:fs');
const data = readFileSync(file).toString('base64');
await page.setContent(`<img id=i src="data:image/png;base64,${data}" style="display:block">`);
const { width, height } = await page.$eval('#i', (img) => ({ width: img.naturalWidth, height: img.naturalHeight }));
await page.setViewportSize({ width, height: Number(h) });
for (let y = 0, n = 0; y < height; y += Number(h), n++) {
  const out = file.replace(/\.png$/, `.part${n}.png`);
  await page.screenshot({ path: out, clip: { x: 0, y, width, height: Math.min(Number(h), height - y) }, fullPage: true });
  console.log(out);
}
await browser.close();
