import { expect } from '@open-wc/testing';
import {
  confirm,
  confirmBody,
  createSession,
  expireSession,
  merchantRequest,
  retrieveSession,
  testEnv,
  updateSession,
} from '../support/sandbox.js';

describe('sandbox: merchant API', () => {
  it('creates an embedded session with every field of the Checkout Session object', async () => {
    const s = await createSession();
    expect(s.id).to.match(/^cs_test_[A-Za-z0-9]{24}$/);
    expect(s.clientSecret).to.match(new RegExp(`^${s.id}_secret_[A-Za-z0-9]{24}$`));
    expect(s).to.include({
      object: 'checkout.session',
      status: 'open',
      paymentStatus: 'unpaid',
      uiMode: 'embedded',
      mode: 'payment',
      submitType: 'PAY',
      currency: 'EGP',
      amountSubtotal: 200000,
      amountTotal: 200000,
      livemode: false,
      url: null,
      customer: null,
      customerId: null,
      paymentIntent: null,
      paymentIntentId: null,
      customerDetails: null,
      locale: 'en',
      merchantName: 'Sandbox Shop',
    });
    for (const key of [
      'createdAt', 'updatedAt', 'customerCreation', 'totalDetails', 'presentmentDetails', 'afterCompletion', 'cancelUrl',
      'expiresAt', 'discounts', 'allowPromotionCodes', 'nameCollection', 'billingAddressCollection',
      'shippingAddressCollection', 'phoneNumberCollection', 'feeConfig', 'brandingSettings', 'paymentMethodTypes',
      'paymentMethodConfigurationId', 'fees', 'customerUpdate', 'metadata', 'merchantId', 'merchantLogo', 'paymentLinkId',
    ]) {
      expect(s, key).to.have.property(key);
    }
    expect(s.discounts).to.deep.equal([]);
    // No feeConfig sent: the merchant bears the fees, and there is nothing to show of them.
    expect(s).to.include({ feeConfig: null, fees: null, afterCompletion: null });
    // Sessions live 24 hours by default.
    const lifetime = Date.parse(s.expiresAt) - Date.parse(s.createdAt);
    expect(lifetime).to.equal(24 * 60 * 60 * 1000);

    const [li] = s.lineItems;
    expect(li.id).to.match(/^li_/);
    expect(li).to.include({ object: 'item', quantity: 1, amountSubtotal: 200000, amountTotal: 200000, currency: 'EGP', description: 'Premium Plan - Monthly' });
    expect(li.price.product.name).to.equal('Premium Plan - Monthly');
    expect(li.adjustableQuantity).to.equal(null);

    expect(s.paymentMethodTypes).to.deep.equal([
      {
        type: 'card', displayName: 'Card', category: 'card', minTransactionAmount: '100', maxTransactionAmount: null,
        requiredCustomerFields: [], supportsRefund: true, supportsPartialRefund: true, supportsPartialCapture: false,
        paymentConfirmation: 'immediate',
      },
    ]);
  });

  it('gives hosted sessions a url that serves a sandbox page', async () => {
    const s = await createSession({ uiMode: 'hosted' });
    expect(s.url).to.equal(`${testEnv.origin}/pay/${s.id}`);
    const page = await fetch(s.url!);
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-type')).to.contain('text/html');
    expect(await page.text()).to.contain('Sandbox hosted checkout page');
  });

  it('stores custom fields, branding, prefill and payment methods as given', async () => {
    const s = await createSession({
      customFields: [
        { key: 'order_note', label: 'Order note', type: 'TEXT', isOptional: true, maxCharacters: 100 },
        { key: 'floor', label: 'Floor', type: 'NUMERIC', minCharacters: 1, maxCharacters: 3 },
        { key: 'slot', label: 'Delivery slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Evening', value: 'evening' }] },
      ],
      brandingSettings: { colorMode: 'neon', borderStyle: 'pill', colors: { primary: '#0055ff' }, fontFamily: 'Inter, sans-serif' },
      customer: { name: 'Jane Doe', email: 'jane@example.com' },
      paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'],
      merchantLogo: 'https://example.com/logo.png',
      metadata: { orderId: '42' },
      locale: 'ar-EG',
    });
    const [note, floor, slot] = s.customFields;
    expect(note).to.include({ key: 'order_note', isOptional: true, hasLimits: true, limitType: 'AT_MOST', maxCharacters: 100, minCharacters: null });
    expect(floor).to.include({ type: 'NUMERIC', isOptional: false, limitType: 'BETWEEN' });
    expect(slot).to.include({ type: 'DROPDOWN', hasLimits: false, limitType: null });
    expect(slot.dropdownOptions).to.deep.equal([{ label: 'Evening', value: 'evening' }]);
    expect(slot.dropdown!.options).to.deep.equal([{ label: 'Evening', value: 'evening' }]);
    // Unknown enum values pass through: handling them is the widget's job.
    expect(s.brandingSettings).to.deep.equal({ colorMode: 'neon', borderStyle: 'pill', colors: { primary: '#0055ff' }, fontFamily: 'Inter, sans-serif' });
    expect(s.customer).to.include({ type: 'guest', name: 'Jane Doe', email: 'jane@example.com' });
    expect(s.customerId).to.equal(s.customer!.id);
    expect(s.customerId).to.match(/^cus_/);
    expect(s.paymentMethodTypes.map((m: { displayName: string }) => m.displayName)).to.deep.equal([
      'Card', 'valU installments', 'Mobile wallet', 'Fawry reference',
    ]);
    expect(s.paymentMethodTypes[1]).to.include({ category: 'bnpl', minTransactionAmount: '50000', maxTransactionAmount: '10000000' });
    expect(s).to.include({ merchantLogo: 'https://example.com/logo.png', locale: 'ar-EG' });
    expect(s.metadata).to.deep.equal({ orderId: '42' });
  });

  it('keeps the customer given at create, shipping included, through the payment', async () => {
    const s = await createSession({
      customer: {
        name: 'Layla Hassan',
        email: 'layla@example.com',
        phone: '+201001234567',
        address: { line1: '12 Nile St', city: 'Cairo', country: 'EG' },
        shipping: { name: 'Omar Hassan', address: { line1: '3 Tahrir Sq', city: 'Cairo', postalCode: '11511', country: 'EG' } },
      },
    });
    const expected = {
      id: s.customerId,
      type: 'guest',
      name: 'Layla Hassan',
      email: 'layla@example.com',
      phone: '+201001234567',
      address: { line1: '12 Nile St', line2: null, city: 'Cairo', state: null, postalCode: null, country: 'EG' },
      shipping: { name: 'Omar Hassan', phone: null, address: { line1: '3 Tahrir Sq', line2: null, city: 'Cairo', state: null, postalCode: '11511', country: 'EG' } },
      metadata: {},
    };
    expect(s.customer).to.deep.equal(expected);
    const paid = await confirm(s, await confirmBody(s));
    expect(paid.body.customer).to.deep.equal(expected);
    const bad = await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ price: { unitAmount: 100, productName: 'x' }, quantity: 1 }], customer: { shipping: { address: { zip: '1' } } } });
    expect(bad.body.error).to.include({ code: 'parameter_unknown', param: 'customer.shipping.address.zip' });
  });

  it('stores afterCompletion as given, placeholder and all, and lets PATCH change or clear it', async () => {
    const hosted = { type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'Thanks! Your order ships tomorrow.' } };
    expect((await createSession({ afterCompletion: hosted })).afterCompletion).to.deep.equal(hosted);
    const noMessage = { type: 'hosted_confirmation', hostedConfirmation: { customMessage: null } };
    expect((await createSession({ afterCompletion: noMessage })).afterCompletion).to.deep.equal(noMessage);
    for (const url of [
      'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}',
      'http://127.0.0.1:8080/thanks',
      'http://localhost/thanks',
      'http://[::1]:3000/thanks?cs={CHECKOUT_SESSION_ID}',
    ]) {
      const s = await createSession({ afterCompletion: { type: 'redirect', redirect: { url } } });
      expect(s.afterCompletion, url).to.deep.equal({ type: 'redirect', redirect: { url } });
    }
    const s = await createSession();
    const redirect = { type: 'redirect', redirect: { url: 'https://shop.example/done' } };
    expect((await updateSession(s.id, { afterCompletion: redirect })).afterCompletion).to.deep.equal(redirect);
    expect((await updateSession(s.id, { merchantName: 'Kept' })).afterCompletion, 'a PATCH without it keeps it').to.deep.equal(redirect);
    expect((await updateSession(s.id, { afterCompletion: null })).afterCompletion).to.equal(null);
  });

  it('refuses an afterCompletion that is not https (or http on a loopback host) by param', async () => {
    const cases: [unknown, string, string][] = [
      [{ type: 'redirect', redirect: { url: 'http://shop.example/thanks' } }, 'parameter_invalid', 'afterCompletion.redirect.url'],
      [{ type: 'redirect', redirect: { url: 'ftp://127.0.0.1/thanks' } }, 'parameter_invalid', 'afterCompletion.redirect.url'],
      [{ type: 'redirect', redirect: { url: 'javascript:alert(1)' } }, 'parameter_invalid', 'afterCompletion.redirect.url'],
      [{ type: 'redirect', redirect: { url: 'not a url' } }, 'parameter_invalid', 'afterCompletion.redirect.url'],
      [{ type: 'redirect', redirect: {} }, 'parameter_missing', 'afterCompletion.redirect.url'],
      [{ type: 'redirect' }, 'parameter_missing', 'afterCompletion.redirect'],
      [{ type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'x'.repeat(1001) } }, 'parameter_invalid', 'afterCompletion.hostedConfirmation.customMessage'],
      [{ type: 'hosted_confirmation', redirect: { url: 'https://shop.example' } }, 'parameter_unknown', 'afterCompletion.redirect'],
      [{ type: 'popup' }, 'parameter_invalid', 'afterCompletion.type'],
    ];
    const s = await createSession();
    for (const [afterCompletion, code, param] of cases) {
      const created = await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ price: { unitAmount: 100, productName: 'x' }, quantity: 1 }], afterCompletion });
      expect(created.status, JSON.stringify(afterCompletion)).to.equal(400);
      expect(created.body.error, JSON.stringify(afterCompletion)).to.include({ code, param });
      const patched = await merchantRequest('PATCH', `/checkout/sessions/${s.id}`, { afterCompletion });
      expect(patched.body.error, `PATCH ${JSON.stringify(afterCompletion)}`).to.include({ code, param });
    }
    expect((await retrieveSession(s.id)).afterCompletion).to.equal(null);
  });

  it('takes a cart of up to 250 lines and refuses a longer one by param', async () => {
    const lines = (count: number) => Array.from({ length: count }, (_, i) => ({ price: { unitAmount: 100 + i, productName: `Line ${i + 1}` }, quantity: 1 }));
    const long = await merchantRequest('POST', '/checkout/sessions', { uiMode: 'embedded', lineItems: lines(250) });
    expect(long.status).to.equal(200);
    expect(long.body.lineItems).to.have.length(250);
    const tooLong = await merchantRequest('POST', '/checkout/sessions', { uiMode: 'embedded', lineItems: lines(251) });
    expect(tooLong.status).to.equal(400);
    expect(tooLong.body.error.param).to.equal('lineItems');
  });

  it('retrieves a session and answers 404 session_not_found for an unknown id', async () => {
    const s = await createSession();
    expect((await retrieveSession(s.id)).id).to.equal(s.id);
    const missing = await merchantRequest('GET', '/checkout/sessions/cs_test_doesnotexist');
    expect(missing.status).to.equal(404);
    expect(missing.body.error).to.include({ type: 'invalid_request_error', code: 'session_not_found' });
  });

  it('updates mutable fields and recomputes amounts', async () => {
    const s = await createSession({ metadata: { a: '1', b: '2' } });
    const u = await updateSession(s.id, {
      lineItems: [{ price: { unitAmount: 1000, productName: 'Socks' }, quantity: 3 }],
      shippingAmount: 500,
      metadata: { b: '', c: '3' },
      merchantName: 'Renamed Shop',
      nameCollection: true,
    });
    expect(u.amountSubtotal).to.equal(3000);
    expect(u.amountTotal).to.equal(3500);
    expect(u.lineItems[0].description).to.equal('Socks');
    expect(u.metadata).to.deep.equal({ a: '1', c: '3' });
    expect(u).to.include({ merchantName: 'Renamed Shop', nameCollection: true });
    expect(Date.parse(u.updatedAt)).to.be.at.least(Date.parse(s.updatedAt));
    expect((await retrieveSession(s.id)).amountTotal).to.equal(3500);
  });

  for (const [field, value] of [
    ['mode', 'subscription'],
    ['uiMode', 'hosted'],
    ['submitType', 'DONATE'],
    ['currency', 'USD'],
    ['expiresAfterMinutes', 5],
  ] as const) {
    it(`refuses to change the immutable ${field}`, async () => {
      const s = await createSession();
      const res = await merchantRequest('PATCH', `/checkout/sessions/${s.id}`, { [field]: value });
      expect(res.status).to.equal(400);
      expect(res.body.error).to.include({ type: 'invalid_request_error', code: 'parameter_immutable', param: field });
      expect(res.body.error.message).to.be.a('string').and.not.be.empty;
    });
  }

  it('accepts an immutable field sent with its current value', async () => {
    const s = await createSession();
    const u = await updateSession(s.id, { currency: 'egp', uiMode: 'embedded', merchantName: 'X' });
    expect(u.merchantName).to.equal('X');
  });

  it('refuses unknown PATCH fields by name', async () => {
    const s = await createSession();
    const res = await merchantRequest('PATCH', `/checkout/sessions/${s.id}`, { presentmentCurrency: 'USD' });
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'parameter_unknown', param: 'presentmentCurrency' });
  });

  it('expires an open session once, then refuses with session_not_open', async () => {
    const s = await createSession();
    const e = await expireSession(s.id);
    expect(e.status).to.equal('expired');
    expect(e.paymentStatus).to.equal('unpaid');
    const again = await merchantRequest('POST', `/checkout/sessions/${s.id}/expire`);
    expect(again.status).to.equal(400);
    expect(again.body.error).to.include({ code: 'session_not_open' });
    const patch = await merchantRequest('PATCH', `/checkout/sessions/${s.id}`, { merchantName: 'Late' });
    expect(patch.status).to.equal(400);
    expect(patch.body.error.code).to.equal('session_not_open');
  });
});
