import { mkdirSync, writeFileSync } from 'node:fs';

// `npm test` sums this runner's counts with the story tests' (scripts/test.mjs), and a run that
// executed nothing must be visible as one, so the counts are written where that script reads them.
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter({ outputFile = '.reports/wtr.json' } = {}) {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no result for its tests.
        if (!session.passed && session.errors.length > 0) totals.failed += 1;
      }
    },
    stop() {
      mkdirSync('.reports', { recursive: true });
      writeFileSync(outputFile, JSON.stringify(totals));
      process.on('exit', () => {
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\nweb-test-runner: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
