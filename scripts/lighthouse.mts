/**
 * Lighthouse 12 (mobile preset, Debian chromium) on Groundwork's key pages and on a bare
 * Next.js page built the same way, three runs each, interleaved; prints the medians.
 * Fails when accessibility, best practices or SEO is below 100 on any page, when a page's
 * median performance is worse than the bare page's, or when layout shifts at all.
 * This machine is noisy, so the bare page is measured in the same run as the app.
 *
 * Also measured, for reference and not checked: the bare page carrying the lesson (its
 * markup and inlined styles, rendered by React, with none of the site's code), which shows
 * what the lesson's content costs on its own (decision 0005).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { carriedPage } from '../lib/bench/carried-page';
import { getContent } from '../lib/content';
import { startSiteServer } from '../lib/serve/site-server';
import { buildWorkshopCatalogue, planCatalogueOf } from '../lib/workshop/catalogue';
import { buildPlan } from '../lib/workshop/plan';
import { encodePlan } from '../lib/workshop/plan-link';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const root = process.cwd();
const bareDir = join(root, 'bench', 'bare');

if (!existsSync(join(root, 'out', 'index.html'))) {
  console.error('No build in out/: run `npm run build` first.');
  process.exit(1);
}
const lessonPath = '/learn/organiser/listen/';

// The lesson as the bare app carries it; the app is built again when it has changed.
const carried = JSON.stringify(carriedPage(readFileSync(join(root, 'out', lessonPath, 'index.html'), 'utf8')));
mkdirSync(join(bareDir, 'carried'), { recursive: true });
writeFileSync(join(bareDir, 'carried', 'lesson.json'), carried);
const builtWith = join(bareDir, 'out', 'carried-lesson.json');
if (!existsSync(join(bareDir, 'node_modules'))) {
  console.log('Installing the bare Next.js app in bench/bare/ …');
  execSync('npm ci --no-audit --no-fund', { cwd: bareDir, stdio: 'inherit' });
}
if (!existsSync(builtWith) || readFileSync(builtWith, 'utf8') !== carried) {
  console.log('Building the bare Next.js page, and the bare page carrying the lesson, in bench/bare/ …');
  execSync('npm run build', { cwd: bareDir, stdio: 'inherit' });
  writeFileSync(builtWith, carried);
}

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** What moved most in each shift Lighthouse saw, as it names the element. */
  shifted: string[];
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
};

type TraceEvent = { name: string; args?: { data?: { is_main_frame?: boolean; score?: number; impacted_nodes?: { old_rect: number[]; new_rect: number[] }[] } } };

/**
 * What moved in a run's layout shifts: the element Lighthouse names for each, or where
 * there is none, the boxes in the browser's trace. (Lighthouse counts a shift in the first
 * half-second that the browser marks as following input, and names no element for it.)
 */
function shiftedElements(audit: { details?: unknown } | undefined, trace: { traceEvents: TraceEvent[] }): string[] {
  const details = audit?.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined;
  const named = (details?.items ?? []).map(({ node }) => node?.selector ?? node?.snippet ?? 'an element no longer on the page');
  if (named.length > 0) return named;
  const box = ([x, y, width, height]: number[]) => `${width}×${height} at (${x}, ${y})`;
  return trace.traceEvents
    .filter((event) => event.name === 'LayoutShift' && event.args?.data?.is_main_frame && (event.args.data.score ?? 0) > 0)
    .flatMap((event) => event.args!.data!.impacted_nodes ?? [])
    .map(({ old_rect, new_rect }) => `a box ${box(old_rect)} became ${box(new_rect)}`);
}

/** A layout shift as a figure: one too small for three decimals still shows, as it still fails. */
const shiftFigure = (value: number) => (value === 0 ? '0' : value < 0.001 ? value.toPrecision(2) : value.toFixed(3));

const app = await startSiteServer({ root: join(root, 'out'), gzip: true });
const bare = await startSiteServer({ root: join(bareDir, 'out'), gzip: true, headers: false });
// A page measured but not held to the budget: the baseline, and the reference beside it.
const pages: { name: string; url: string; notChecked?: boolean }[] = [
  { name: 'bare Next.js page', url: `${bare.url}/`, notChecked: true },
  { name: 'bare with lesson', url: `${bare.url}/carrying-a-lesson/`, notChecked: true },
  { name: 'home', url: `${app.url}/` },
  { name: 'lesson', url: `${app.url}${lessonPath}` },
  { name: 'quiz', url: `${app.url}/quiz/organiser/` },
];
// The presenter as a trainer opens it: a 45-minute plan for the organiser module, in its link.
const presenterPlan = encodePlan(buildPlan(planCatalogueOf(buildWorkshopCatalogue(getContent())), { modules: ['organiser'], length: 45, seed: 1 }));
pages.push({ name: 'presenter', url: `${app.url}/workshop/present/?plan=${presenterPlan}` });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

const metricAudits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'];

/**
 * One Lighthouse run. A run in which Lighthouse itself could not work out a metric (it
 * then scores performance 0, whatever the page did) is reported and run again, up to
 * twice, rather than counted as a score.
 */
async function measure(url: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr, artifacts } = result;
    const problem = lhr.runtimeError?.message ?? metricAudits.map((id) => lhr.audits[id]).find((audit) => audit?.scoreDisplayMode === 'error')?.errorMessage;
    if (!problem) return { lhr, trace: artifacts.Trace };
    if (attempt === 3) throw new Error(`Lighthouse could not measure ${url} three times running: ${problem}`);
    process.stdout.write(`  Lighthouse could not measure ${url} (${problem}); running it again\n`);
  }
}

const results = new Map<string, Scores[]>(pages.map((page) => [page.name, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      const { lhr, trace } = await measure(page.url);
      const { categories, audits } = lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      results.get(page.name)!.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        shifted: shiftedElements(audits['layout-shifts'], trace),
        fcp: audits['first-contentful-paint']?.numericValue ?? 0,
        lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
        tbt: audits['total-blocking-time']?.numericValue ?? 0,
        si: audits['speed-index']?.numericValue ?? 0,
      });
      process.stdout.write(`run ${run}/${RUNS}: ${page.name} done\n`);
    }
  }
} finally {
  chrome.kill();
  await app.close();
  await bare.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medians = new Map(
  [...results].map(([name, runs]) => [
    name,
    {
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      bestPractices: median(runs.map((r) => r.bestPractices)),
      seo: median(runs.map((r) => r.seo)),
      cls: median(runs.map((r) => r.cls)),
      clsRuns: runs.map((r) => shiftFigure(r.cls)).join('/'),
      shifted: [...new Set(runs.flatMap((r) => r.shifted))],
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      si: median(runs.map((r) => r.si)),
      performanceRuns: runs.map((r) => r.performance).join('/'),
    },
  ]),
);

const baseline = medians.get('bare Next.js page')!;
const failures: string[] = [];
console.log(`\nLighthouse medians of ${RUNS} runs (mobile):`);
// Each run's performance in brackets, as wide as the widest page's, so the columns line up.
const runsWidth = Math.max('(runs)'.length, ...[...medians.values()].map((m) => m.performanceRuns.length + 2));
console.log(`  ${'page'.padEnd(18)} perf ${'(runs)'.padEnd(runsWidth)}  a11y  best  seo      CLS    FCP    LCP    TBT     SI  (ms)`);
for (const page of pages) {
  const m = medians.get(page.name)!;
  console.log(
    `  ${page.name.padEnd(18)} ${String(m.performance).padStart(4)} ${`(${m.performanceRuns})`.padEnd(runsWidth)}  ${String(m.accessibility).padStart(4)}  ${String(m.bestPractices).padStart(4)}  ${String(m.seo).padStart(4)}  ${shiftFigure(m.cls).padStart(7)}  ${[m.fcp, m.lcp, m.tbt, m.si].map((v) => String(Math.round(v)).padStart(5)).join('  ')}`,
  );
  if (page.notChecked) continue;
  if (m.accessibility < 100) failures.push(`${page.name}: accessibility ${m.accessibility}`);
  if (m.bestPractices < 100) failures.push(`${page.name}: best practices ${m.bestPractices}`);
  if (m.seo < 100) failures.push(`${page.name}: SEO ${m.seo}`);
  if (m.performance < baseline.performance) failures.push(`${page.name}: performance ${m.performance} is below the bare page's ${baseline.performance}`);
  if (m.cls > 0) failures.push(`${page.name}: layout shift ${shiftFigure(m.cls)} (runs ${m.clsRuns}); what moved: ${m.shifted.join(', ')}`);
}
console.log(
  `\n"bare with lesson" is the bare page carrying the lesson's markup and styles, with none of\nGroundwork's code: what the lesson's content costs on its own. Printed, not checked.`,
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll pages within budget.');
