import { expect } from '@open-wc/testing';
import { failedModuleUrl, retryableImport } from '../../src/lib/retryable-import.js';

let token = 0;
/** A module on the flaky test server (test/build/flaky-dist.mjs), already healed: it loads. */
async function healedProbe(): Promise<string> {
  const base = `${location.origin}/flaky-dist/probe/unit-${Date.now()}-${(token += 1)}`;
  await fetch(`${base}/heal`);
  return `${base}/probe.js`;
}

const chromiumFailure = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);

describe('retryableImport', () => {
  it('shares one pending import between callers', async () => {
    let calls = 0;
    const load = retryableImport(async () => ({ calls: (calls += 1) }));
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).to.equal(second);
    expect(calls).to.equal(1);
  });

  it('after a failure that names no URL, asks the same loader again', async () => {
    let calls = 0;
    const failures: unknown[] = [];
    const load = retryableImport(
      async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('error loading dynamically imported module');
        return 'loaded';
      },
      (error) => failures.push(error),
    );
    await load().catch(() => undefined);
    expect(await load()).to.equal('loaded');
    expect(calls).to.equal(2);
    expect(failures).to.have.lengthOf(1);
  });

  it('after a Chromium failure, imports the URL it names with a query: a new module record, fetched again', async () => {
    const url = await healedProbe();
    let calls = 0;
    const load = retryableImport(async () => {
      calls += 1;
      throw chromiumFailure(url);
    });
    await load().catch(() => undefined);
    const loaded = (await load()) as { default: boolean };
    expect(loaded.default).to.equal(true);
    expect(calls, 'the cached failure is not asked again').to.equal(1);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested).to.include(`${url}?retry=1`);
  });

  it('reads the URL only from Chromium’s own message', () => {
    expect(failedModuleUrl(chromiumFailure('https://cdn.example/esm/payment-abc.js'))).to.equal('https://cdn.example/esm/payment-abc.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).to.equal(undefined);
    expect(failedModuleUrl(new Error('Failed to fetch dynamically imported module: https://cdn.example/x.js'))).to.equal(undefined);
    expect(failedModuleUrl(chromiumFailure('not a url'))).to.equal(undefined);
  });
});
