// `npm test`, after the build: the demo server as a newcomer starts it, on free ports, serving
// the shop page and the widget the way a merchant's CDN should (compressed, the script deferred).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

let demo;
let shop;

before(async () => {
  demo = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, DEMO_PORT: '0', SANDBOX_PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  shop = await new Promise((resolve, reject) => {
    let output = '';
    demo.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /Demo shop:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
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
