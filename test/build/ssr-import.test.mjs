// `npm test`, after the build: the npm entry imported where there is no DOM (Node, as a server
// renderer or a build step does), with `node --test`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

const ENTRY = new URL('../../dist/xpay-checkout.js', import.meta.url).href;

test('the built ES entry imports without a DOM and exports the public API', async () => {
  assert.equal(typeof document, 'undefined', 'this test needs a process without a DOM');
  const entry = await import(ENTRY);
  assert.equal(typeof entry.initEmbeddedCheckout, 'function');
  for (const name of ['XPayCheckout', 'XPayOrderSummary', 'XPayExpiredNotice']) assert.equal(typeof entry[name], 'function', name);
  // The stand-ins Lit's browser build needed while the bundle evaluated are gone again, so the
  // host's own `typeof document` checks still see a server.
  for (const name of ['document', 'HTMLElement', 'customElements']) assert.equal(name in globalThis, false, `${name} left on globalThis`);
});

test('nothing is registered into a registry that another library shimmed in without a DOM', () => {
  // A fresh process: the module above is cached. Lit's own Node build installs such a registry.
  const script = `
    globalThis.customElements = { get: () => undefined, define: (name) => { throw new Error('defined ' + name); } };
    await import(${JSON.stringify(ENTRY)});`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
});
