// `npm test`: type check, build, every browser test (web-test-runner) and every story test
// (Storybook + vitest), then one plain "N passed, N failed" line that CI reads last.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['build', 'npm', ['run', 'build']],
  ['types for npm users', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.json']],
  ['types for React users', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.react.json']],
  ['types for Preact users', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.preact.json']],
  ['types for Vue users', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.vue.json']],
  ['types for Svelte users', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.svelte.json']],
  ['package: Node import, manifest, tarball, demo server', 'node', ['--test', '--test-reporter=spec', 'test/build/ssr-import.test.mjs', 'test/build/html-template-text.test.mjs', 'test/build/manifest.test.mjs', 'test/build/pack.test.mjs', 'test/build/demo-server.test.mjs']],
  ['framework examples', 'node', ['test/examples/run.mjs']],
  ['browser tests', 'npx', ['web-test-runner']],
  ['story tests', 'npm', ['run', 'test:stories']],
];

rmSync('.reports', { recursive: true, force: true });
const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failedSteps.push(name);
  // Without a build or types there is nothing meaningful to test.
  if (status !== 0 && (name === 'typecheck' || name === 'build')) break;
}

function readCounts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  return pick(JSON.parse(readFileSync(file, 'utf8')));
}
const wtr = readCounts('.reports/wtr.json', (r) => r);
const stories = readCounts('.reports/stories.json', (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
}));
const passed = wtr.passed + stories.passed;
// A step that failed without a failing test (a crash, no tests found) still counts as a failure.
const failed = wtr.failed + stories.failed + (failedSteps.length && !(wtr.failed + stories.failed) ? failedSteps.length : 0);
const skipped = wtr.skipped + stories.skipped;

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`browser tests: ${wtr.passed} passed, ${wtr.failed} failed · story tests: ${stories.passed} passed, ${stories.failed} failed`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
