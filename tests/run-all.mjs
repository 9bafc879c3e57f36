#!/usr/bin/env node
// Runs every suite the way CI does and ends with one line: "N passed, N failed".
//   1. type check (svelte-check), counted as one test
//   2. unit tests (Vitest)
//   3. production build (prerender), counted as one test: bad data fails it
//   4. end-to-end tests (Playwright in Chromium) against the built app
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const checked = run('type check', 'npx', ['svelte-kit', 'sync']) && run('type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
results.push({ suite: 'type check', passed: checked ? 1 : 0, failed: checked ? 0 : 1 });

rmSync('test-results/unit-report.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-report.json']);
const unit = readJson('test-results/unit-report.json');
results.push({
  suite: 'unit',
  passed: unit?.numPassedTests ?? 0,
  // A crash before any report counts as one failure rather than vanishing.
  failed: unit ? unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1) : 1
});

const built = run('build', 'npm', ['run', 'build']);
results.push({ suite: 'build', passed: built ? 1 : 0, failed: built ? 0 : 1 });

if (built && existsSync('build/index.html')) {
  rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e-report.json');
  const stats = e2e?.stats;
  results.push({
    suite: 'e2e',
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1) : 1
  });
} else {
  results.push({ suite: 'e2e (not run: build failed)', passed: 0, failed: 1 });
}

console.log('\nSuite results:');
for (const r of results) console.log(`  ${r.suite.padEnd(28)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
