// Prints "N passed, N failed" from the Vitest and Playwright JSON reports in test-results/.
// A runner that did not run (an earlier step failed) counts as nothing, and says so.
import fs from 'node:fs';

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A test file that fails to load has no failed tests of its own: count the file.
  if (vitest.success === false && !vitest.numFailedTests) failed += vitest.numFailedTestSuites || 1;
} else {
  console.log('(no Vitest report: the unit tests did not run)');
}
const playwright = read('test-results/playwright.json');
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
} else {
  console.log('(no Playwright report: the browser tests did not run)');
}
console.log(`${passed} passed, ${failed} failed`);
