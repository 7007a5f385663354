// `npm test`, after the build: the demo server as a newcomer starts it, on free ports, serving
// the shop page and the widget the way a merchant's CDN should (compressed, the script deferred).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

let demo;
let shop;
let apiBase;

before(async () => {
  demo = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, DEMO_PORT: '0', SANDBOX_PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  [shop, apiBase] = await new Promise((resolve, reject) => {
    let output = '';
    demo.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /Demo shop:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve([url, /Sandbox API:\s+(http:\/\/\S+)/.exec(output)?.[1]]);
    });
    demo.on('exit', (code) => reject(new Error(`the demo server exited with ${code}:\n${output}`)));
  });
});

after(() => demo?.kill());

test('the shop page loads the widget with defer, so the script never blocks the page', async () => {
  const page = await (await fetch(shop)).text();
  assert.match(page, /<script defer src="\/dist\/xpay-checkout\.iife\.js"><\/script>/);
});

test('sends scripts compressed (brotli or gzip, as the browser asks) and plain to a client that takes neither', async () => {
  const { origin } = new URL(shop);
  for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', null]]) {
    // Node's fetch decodes the body; the header says what came over the wire.
    const response = await fetch(`${origin}/dist/xpay-checkout.iife.js`, { headers: { 'Accept-Encoding': accept } });
    assert.equal(response.headers.get('content-encoding'), encoding, accept);
    assert.match(await response.text(), /XPayCheckout/);
  }
});

test('creates embedded sessions for the page and hands it only the client secret', async () => {
  const order = { currency: 'EGP', lineItems: [{ price: { unitAmount: 45000, productName: 'Cotton scarf' }, quantity: 1 }] };
  const response = await fetch(new URL('/shop/create-session', shop), { method: 'POST', body: JSON.stringify(order) });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.deepEqual(Object.keys(body).sort(), ['clientSecret', 'sessionId']);
  assert.match(body.clientSecret, /_secret_/);
});

test('tells the page how a session it created ended, and no other browser', async () => {
  const order = { currency: 'EGP', lineItems: [{ price: { unitAmount: 45000, productName: 'Cotton scarf' }, quantity: 1 }] };
  const created = await fetch(new URL('/shop/create-session', shop), { method: 'POST', body: JSON.stringify(order) });
  const { sessionId } = await created.json();
  const cookie = created.headers.get('set-cookie').split(';')[0];
  const outcomeUrl = new URL(`/shop/session-outcome?session_id=${sessionId}`, shop);
  const own = await fetch(outcomeUrl, { headers: { Cookie: cookie } });
  assert.equal(own.status, 200);
  assert.deepEqual(await own.json(), { sessionId, status: 'open', paymentStatus: 'unpaid', amountTotal: 45000, currency: 'EGP' });
  assert.equal((await fetch(outcomeUrl)).status, 403);
  assert.equal((await fetch(new URL('/shop/session-outcome?session_id=nope', shop), { headers: { Cookie: cookie } })).status, 400);
});

for (const [what, env] of [
  ['shop', () => ({ DEMO_PORT: new URL(shop).port, SANDBOX_PORT: '0' })],
  ['sandbox API', () => ({ DEMO_PORT: '0', SANDBOX_PORT: new URL(apiBase).port })],
]) {
  test(`a second demo on the ${what}'s port says which port is taken and how to pick others`, async () => {
    const second = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    second.stderr.on('data', (chunk) => (errors += chunk));
    const code = await new Promise((resolve) => second.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(errors, /already in use/);
    assert.match(errors, /DEMO_PORT=\d+ SANDBOX_PORT=\d+ npm run demo/);
    assert.doesNotMatch(errors, /at .*\.mjs:\d+/, 'no stack trace');
  });
}
