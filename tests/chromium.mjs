// The browser the tests and the benchmark drive, and how it is launched: Debian's Chromium unless
// MPP_CHROMIUM (or Playwright's own variable) names another; with neither, Playwright's own browser.
import { existsSync } from 'node:fs';

/** @type {string | undefined} */
export const CHROMIUM_PATH =
  process.env.MPP_CHROMIUM ??
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
];
