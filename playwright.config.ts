import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.mjs';

// Shared with the benchmark (bench/run.mjs), which launches the same browser the same way.
export { CHROMIUM_ARGS, CHROMIUM_PATH };

// MPP_E2E_PORT lets a second run (e.g. a fresh-clone CI check) use the machine at the same time.
const PORT = Number(process.env.MPP_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  // A hang guard, not a speed check: with Debian's Chromium 156 on two cores, the longest flows (a
  // briefing typed in the editor, a chapter framed at every screen size) take 50–70 s under two workers.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure'
  },
  webServer: {
    // The built app on the plainest static server: no rewrites, no `.html` added to a path, the
    // build's _headers sent (run `npm run build` first).
    command: `node bench/server.mjs build ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000
  }
});
