import { expect } from '@open-wc/testing';
import { clientRequest, createSession, merchantRequest, testEnv, type ApiResponse } from '../support/sandbox.js';

function expectError(res: ApiResponse, status: number, code: string, param?: string) {
  expect(res.status, JSON.stringify(res.body)).to.equal(status);
  expect(res.body.error, 'error envelope').to.be.an('object');
  expect(res.body.error.type).to.be.a('string');
  expect(res.body.error.code).to.equal(code);
  expect(res.body.error.message).to.be.a('string').and.not.be.empty;
  if (param !== undefined) expect(res.body.error.param).to.equal(param);
}

const item = { price: { unitAmount: 1000, productName: 'Thing' }, quantity: 1 };

describe('sandbox: bad input is answered, never crashes', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    expectError(await merchantRequest('POST', '/checkout/sessions', '{"lineItems": ['), 400, 'invalid_json');
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await fetch(`${testEnv.apiBase}/checkout/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${testEnv.secretKey}`, 'Content-Type': 'text/plain' },
      body: 'lineItems=1',
    });
    expect(res.status).to.equal(415);
    expect((await res.json()).error.code).to.equal('unsupported_media_type');
  });

  it('answers a body over 1 MB with 413', async () => {
    const body = JSON.stringify({ metadata: { big: 'x'.repeat(1024 * 1024 + 10) } });
    expectError(await merchantRequest('POST', '/checkout/sessions', body), 413, 'payload_too_large');
  });

  it('names an unknown field', async () => {
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], colour: 'red' }), 400, 'parameter_unknown', 'colour');
    expectError(
      await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ ...item, price: { ...item.price, unitAmmount: 5 } }] }),
      400,
      'parameter_unknown',
      'lineItems.0.price.unitAmmount',
    );
  });

  it('names missing and mistyped fields with a dotted path', async () => {
    expectError(await merchantRequest('POST', '/checkout/sessions', {}), 400, 'parameter_missing', 'lineItems');
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [] }), 400, 'parameter_invalid', 'lineItems');
    expectError(
      await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ ...item, quantity: '2' }] }),
      400,
      'parameter_invalid',
      'lineItems.0.quantity',
    );
    expectError(
      await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ ...item, price: { unitAmount: -1, productName: 'x' } }] }),
      400,
      'parameter_invalid',
      'lineItems.0.price.unitAmount',
    );
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], currency: 'EURO' }), 400, 'parameter_invalid', 'currency');
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], uiMode: 'popup' }), 400, 'parameter_invalid', 'uiMode');
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], successUrl: 'javascript:alert(1)' }), 400, 'parameter_invalid', 'successUrl');
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], expiresAfterMinutes: 0 }), 400, 'parameter_invalid', 'expiresAfterMinutes');
    expectError(await merchantRequest('POST', '/checkout/sessions', [item]), 400, 'parameter_invalid');
  });

  it('checks custom fields and payment method types', async () => {
    expectError(
      await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], customFields: [{ key: 'slot', label: 'Slot', type: 'DROPDOWN' }] }),
      400,
      'parameter_missing',
      'customFields.0.dropdownOptions',
    );
    expectError(
      await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], customFields: [{ key: 'Bad Key', label: 'x', type: 'TEXT' }] }),
      400,
      'parameter_invalid',
      'customFields.0.key',
    );
    const four = Array.from({ length: 4 }, (_, i) => ({ key: `f${i}`, label: 'x', type: 'TEXT' }));
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], customFields: four }), 400, 'parameter_invalid', 'customFields');
    const res = await merchantRequest('POST', '/checkout/sessions', { lineItems: [item], paymentMethodTypes: ['card', 'bitcoin'] });
    expect(res.status).to.equal(400);
    expect(res.body.error.param).to.equal('paymentMethodTypes.1');
  });

  it('requires a test secret key for merchant calls', async () => {
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item] }, { key: null }), 401, 'unauthorized');
    expectError(await merchantRequest('POST', '/checkout/sessions', { lineItems: [item] }, { key: 'sk_live_nope' }), 401, 'unauthorized');
    const s = await createSession();
    // A client secret is not a merchant key.
    expectError(await merchantRequest('GET', `/checkout/sessions/${s.id}`, undefined, { key: s.clientSecret }), 401, 'unauthorized');
  });

  it('requires the session’s own client secret, from the header only', async () => {
    const s = await createSession();
    const other = await createSession();
    const path = `/checkout/sessions/${s.id}/client`;
    expectError(await clientRequest('GET', path, null), 401, 'unauthorized');
    expectError(await clientRequest('GET', path, other.clientSecret), 401, 'unauthorized');
    expectError(await clientRequest('GET', path, `${s.id}_secret_wrong`), 401, 'unauthorized');
    expectError(await clientRequest('GET', `${path}?clientSecret=${encodeURIComponent(s.clientSecret)}`, null), 401, 'unauthorized');
    expectError(await clientRequest('GET', '/checkout/sessions/cs_test_unknown/client', s.clientSecret), 404, 'session_not_found');
    const ok = await clientRequest('GET', path, s.clientSecret);
    expect(ok.status).to.equal(200);
    expect(ok.body.id).to.equal(s.id);
  });

  it('answers unknown routes 404 and wrong methods 405', async () => {
    expectError(await merchantRequest('GET', '/nothing/here'), 404, 'resource_missing');
    expectError(await merchantRequest('POST', '/checkout/sessions/cs_test_x/explode'), 404, 'resource_missing');
    const wrong = await merchantRequest('PATCH', '/checkout/sessions/cs_test_x/expire', {});
    expectError(wrong, 405, 'method_not_allowed');
  });

  it('answers CORS preflight with 204 and CORS headers on errors too', async () => {
    // The test page runs on another origin, so a readable answer at all proves the CORS
    // headers (the browser preflights this OPTIONS call and the PATCH below).
    const pre = await fetch(`${testEnv.apiBase}/checkout/sessions/x/client/confirm`, { method: 'OPTIONS' });
    expect(pre.status).to.equal(204);
    const patch = await merchantRequest('PATCH', '/checkout/sessions/cs_test_unknown', {}, {});
    expect(patch.status).to.equal(404);
    const res = await merchantRequest('GET', '/nothing');
    expect(res.status).to.equal(404);
    expect(res.headers.get('content-type')).to.contain('application/json');
  });

  it('keeps serving after a barrage of bad requests', async () => {
    const bodies = ['', 'null', '"str"', '123', '[]', '{"lineItems":null}', '{"lineItems":[{}]}', '{"lineItems":[null]}', '\u0000', '{"a":'.repeat(50)];
    const answers = await Promise.all(bodies.map((b) => merchantRequest('POST', '/checkout/sessions', b)));
    for (const a of answers) {
      expect(a.status).to.be.within(400, 499);
      expect(a.body.error.code).to.be.a('string');
    }
    expect((await createSession()).status).to.equal('open');
  });
});
