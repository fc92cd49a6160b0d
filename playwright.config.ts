import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (npm run build) served by `astro preview`,
 * in Debian's Chromium: Playwright cannot download its own browsers on these machines.
 */
const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Sized for a busy 2-core machine (a build running beside the suite): no test loops over the whole site.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The HTML report (playwright-report/) holds the attached screenshots, such as the matrix on screen and on paper.
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `astro preview --ignore-lock --port ${port}`,
    url: `http://localhost:${port}/sv/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
