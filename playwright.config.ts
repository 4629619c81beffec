import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two working copies run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

/** Debian's chromium: no browser is downloaded. CHROME_PATH points elsewhere if needed. */
const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Limits for a stalled story, not for a slow one: on a busy 2-core machine the stories
  // have taken three times as long as on a quieter one, and speed is the benchmarks' job
  // (`npm run size`, `npm run lighthouse`). The walks through every page ask for more.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace costs about a tenth of the run's time, and CI keeps only what is printed.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The service worker precaches the whole site; only the offline stories need it.
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, browserName: 'chromium', launchOptions },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
      // The page-by-page walk and the storage-fault stories check what does not depend on
      // the screen; the phone runs them, where sideways scrolling shows. The desktop runs
      // the learner and trainer stories.
      testIgnore: ['**/site.spec.ts', '**/progress.spec.ts'],
    },
  ],
  // Tests run against the exported site in out/, served as a static host serves it and with
  // the headers the hosts read from out/_headers, so a Content-Security-Policy violation fails.
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
