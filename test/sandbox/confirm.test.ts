import { expect } from '@open-wc/testing';
import { clientRequest, confirm, confirmBody, createSession, expireSession, retrieveSession, testEnv, tokenizeCard, type SandboxSession } from '../support/sandbox.js';

const CARD_PARAMS = {
  customFields: [
    { key: 'order_note', label: 'Order note', type: 'TEXT', maxCharacters: 10 },
    { key: 'floor', label: 'Floor', type: 'NUMERIC', isOptional: true },
    { key: 'slot', label: 'Slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Evening', value: 'evening' }] },
  ],
};
const FIELDS = [{ key: 'order_note', value: 'Door' }, { key: 'slot', value: 'evening' }];

describe('sandbox: confirm', () => {
  it('completes a card payment and keeps only brand and last4', async () => {
    const s = await createSession(CARD_PARAMS);
    const token = await tokenizeCard(s, '4242 4242 4242 4242');
    const res = await confirm(s, await confirmBody(s, token, { customFields: FIELDS }));
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    const done = res.body;
    expect(done).to.include({ status: 'complete', paymentStatus: 'paid' });
    expect(done.paymentIntentId).to.match(/^pi_/);
    const pi = done.paymentIntent;
    expect(pi).to.include({ id: done.paymentIntentId, object: 'payment_intent', status: 'succeeded', amount: 200000, currency: 'EGP', nextAction: null, lastPaymentError: null });
    expect(pi.charges).to.have.length(1);
    expect(pi.charges[0]).to.include({ object: 'charge', status: 'succeeded', paid: true, amount: 200000 });
    expect(pi.charges[0].paymentMethodDetails).to.deep.equal({ type: 'card', card: { brand: 'visa', last4: '4242' } });
    expect(pi.latestCharge.id).to.equal(pi.charges[0].id);
    expect(pi.paymentMethod).to.include({ id: token.id, type: 'card' });
    expect(pi.paymentMethod.card).to.deep.equal(token.card);
    expect(done.customerDetails.email).to.equal('jane@example.com');
    expect(done.customerId).to.match(/^cus_/);
    expect(done.customFields[0].text.value).to.equal('Door');
    expect(done.customFields[2].dropdown.value).to.equal('evening');
    const stored = JSON.stringify(await retrieveSession(s.id));
    expect(stored).to.not.contain('4242424242424242');
    expect(stored).to.not.contain('"cvc"');
    const again = await confirm(s, await confirmBody(s, token));
    expect(again.status).to.equal(400);
    expect(again.body.error.code).to.equal('session_not_open');
  });

  it('declines 4000000000000002 with 402 and records the failed charge', async () => {
    const s = await createSession();
    const res = await confirm(s, await confirmBody(s, '4000000000000002'));
    expect(res.status).to.equal(402);
    expect(res.body.error).to.include({ code: 'card_declined', message: 'Your card was declined.', declineCode: 'generic_decline' });
    const funds = await confirm(s, await confirmBody(s, '4000000000009995'));
    expect(funds.status).to.equal(402);
    expect(funds.body.error.declineCode).to.equal('insufficient_funds');
    const after = await retrieveSession(s.id);
    expect(after.status).to.equal('open');
    expect(after.paymentIntent!.status).to.equal('requires_payment_method');
    expect(after.paymentIntent!.charges.map((c) => c.status)).to.deep.equal(['failed', 'failed']);
    expect(after.paymentIntent!.lastPaymentError).to.include({ code: 'card_declined', declineCode: 'insufficient_funds' });
    // The form can be retried with a good card.
    expect((await confirm(s, await confirmBody(s))).body.status).to.equal('complete');
  });

  it('runs the 3-D Secure redirect flow through the authenticate page', async () => {
    const s = await createSession({ returnUrl: 'https://shop.example/return?session={CHECKOUT_SESSION_ID}' });
    const res = await confirm(s, await confirmBody(s, '4000002760003184'));
    expect(res.status).to.equal(200);
    expect(res.body.status).to.equal('open');
    const pi = res.body.paymentIntent;
    expect(pi).to.include({ object: 'payment_intent', status: 'requires_action', amount: 200000, currency: 'EGP' });
    expect(pi.nextAction.type).to.equal('redirect_to_url');
    expect(pi.nextAction.redirectToUrl).to.deep.equal({
      url: `${testEnv.origin}/v1/sandbox/authenticate/${pi.id}`,
      returnUrl: `https://shop.example/return?session=${s.id}`,
    });

    const page = await fetch(pi.nextAction.redirectToUrl.url);
    expect(page.status).to.equal(200);
    const html = await page.text();
    expect(html).to.contain('Complete authentication').and.contain('Fail authentication');

    const post = await fetch(pi.nextAction.redirectToUrl.url, {
      method: 'POST',
      body: new URLSearchParams({ outcome: 'complete' }),
      redirect: 'manual',
    });
    expect(post.type).to.equal('opaqueredirect');
    const after = await retrieveSession(s.id);
    expect(after).to.include({ status: 'complete', paymentStatus: 'paid' });
    expect(after.paymentIntent!.status).to.equal('succeeded');
    expect(after.paymentIntent!.charges).to.have.length(1);
  });

  it('records a failed authentication and lets the customer try again', async () => {
    const s = await createSession({ successUrl: 'https://shop.example/done' });
    const { body } = await confirm(s, await confirmBody(s, '4000002760003184'));
    const url = body.paymentIntent.nextAction.redirectToUrl.url;
    expect(body.paymentIntent.nextAction.redirectToUrl.returnUrl).to.equal('https://shop.example/done');
    await fetch(url, { method: 'POST', body: new URLSearchParams({ outcome: 'fail' }), redirect: 'manual' });
    const after = await retrieveSession(s.id);
    expect(after.status).to.equal('open');
    expect(after.paymentIntent!.status).to.equal('requires_payment_method');
    expect(after.paymentIntent!.lastPaymentError!.code).to.equal('authentication_failed');
    // The challenged token is spent; a new card entry pays.
    expect((await confirm(s, await confirmBody(s))).body.status).to.equal('complete');
  });

  describe('keeps what the customer submitted, whatever the outcome', () => {
    const PARAMS = { ...CARD_PARAMS, nameCollection: true, phoneNumberCollection: true, billingAddressCollection: true, shippingAddressCollection: true };
    const address = { line1: '12 Nile St', line2: 'Floor 3', city: 'Cairo', state: 'Cairo', postalCode: '11511', country: 'EG' };
    const details = {
      email: 'layla@example.com',
      name: 'Layla Hassan',
      phone: '+201001234567',
      billingDetails: { name: 'Layla Hassan', address },
      shipping: { name: 'Omar Hassan', address },
    };
    const fields = [{ key: 'order_note', value: 'Door' }, { key: 'floor', value: '3' }, { key: 'slot', value: 'evening' }];
    const kept = (session: SandboxSession) => ({
      customerDetails: session.customerDetails,
      fields: session.customFields.map((field) => (field.text ?? field.numeric ?? field.dropdown)!.value),
    });
    const expected = {
      customerDetails: {
        email: 'layla@example.com',
        name: 'Layla Hassan',
        phone: '+201001234567',
        billingDetails: { name: 'Layla Hassan', email: 'layla@example.com', phone: '+201001234567', address },
        shipping: { name: 'Omar Hassan', phone: '+201001234567', address },
      },
      fields: ['Door', '3', 'evening'],
    };

    for (const [outcome, card] of [['a 3-D Secure challenge', '4000002760003184'], ['a decline', '4000000000000002']] as const) {
      it(`${outcome}: customerDetails and the custom field values are on the session`, async () => {
        const s = await createSession(PARAMS);
        const res = await confirm(s, await confirmBody(s, card, { customerDetails: details, customFields: fields }));
        expect([200, 402]).to.include(res.status);
        expect(kept(await retrieveSession(s.id))).to.deep.equal(expected);
        const loaded = await clientRequest<SandboxSession>('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);
        expect(kept(loaded.body), 'the widget loads them too').to.deep.equal(expected);
      });
    }

    it('a refused 3-D Secure keeps them; the next attempt replaces them, an empty optional field cleared', async () => {
      const s = await createSession(PARAMS);
      const { body } = await confirm(s, await confirmBody(s, '4000002760003184', { customerDetails: details, customFields: fields }));
      await fetch(body.paymentIntent.nextAction.redirectToUrl.url, { method: 'POST', body: new URLSearchParams({ outcome: 'fail' }), redirect: 'manual' });
      expect(kept(await retrieveSession(s.id))).to.deep.equal(expected);
      const changed = { ...details, email: 'omar@example.com' };
      await confirm(s, await confirmBody(s, '4000000000000002', { customerDetails: changed, customFields: [fields[0], fields[2]] }));
      const after = kept(await retrieveSession(s.id));
      expect(after.customerDetails!.email).to.equal('omar@example.com');
      expect(after.fields).to.deep.equal(['Door', null, 'evening']);
    });

    it('a body refused by validation leaves the session as it was', async () => {
      const s = await createSession(PARAMS);
      const res = await confirm(s, await confirmBody(s, '4242424242424242', { customerDetails: { ...details, phone: '12' }, customFields: fields }));
      expect(res.status).to.equal(400);
      expect(kept(await retrieveSession(s.id))).to.deep.equal({ customerDetails: null, fields: [null, null, null] });
    });
  });

  it('replays a repeated Idempotency-Key and charges once', async () => {
    const s = await createSession();
    const body = await confirmBody(s);
    const [a, b] = await Promise.all([confirm(s, body, 'double-click'), confirm(s, body, 'double-click')]);
    expect(a.status).to.equal(200);
    expect(b.status).to.equal(200);
    expect(b.body.paymentIntentId).to.equal(a.body.paymentIntentId);
    const later = await confirm(s, body, 'double-click');
    expect(later.status).to.equal(200);
    expect((await retrieveSession(s.id)).paymentIntent!.charges).to.have.length(1);

    const reused = await confirm(s, { ...body, customerDetails: { email: 'other@example.com' } }, 'double-click');
    expect(reused.status).to.equal(400);
    expect(reused.body.error.code).to.equal('idempotency_key_reused');
  });

  it('requires an Idempotency-Key', async () => {
    const s = await createSession();
    const res = await clientRequest('POST', `/checkout/sessions/${s.id}/client/confirm`, s.clientSecret, await confirmBody(s));
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('idempotency_key_missing');
  });

  it('answers 410 session_expired once the session has expired', async () => {
    const s = await createSession();
    const body = await confirmBody(s);
    await expireSession(s.id);
    const res = await confirm(s, body);
    expect(res.status).to.equal(410);
    expect(res.body.error.code).to.equal('session_expired');
  });

  it('points each invalid field out by param', async () => {
    const s = await createSession({
      ...CARD_PARAMS,
      nameCollection: true,
      phoneNumberCollection: true,
      billingAddressCollection: true,
      paymentMethodTypes: ['card', 'valu'],
    });
    /** A confirm body loose enough for each case to break it its own way. */
    type Body = {
      customerDetails: Record<string, unknown> & { billingDetails: { address: Record<string, unknown> } };
      customFields: { key: string; value: string }[];
      paymentMethod: Record<string, unknown>;
    };
    const good: Body = {
      customerDetails: {
        email: 'jane@example.com',
        name: 'Jane',
        phone: '+201001234567',
        billingDetails: { address: { line1: '1 Nile St', city: 'Cairo', country: 'EG', postalCode: '11511' } },
      },
      customFields: FIELDS,
      paymentMethod: (await confirmBody(s)).paymentMethod,
    };
    const cases: [string, string, (b: Body) => void][] = [
      ['customerDetails.email', 'parameter_missing', (b) => delete b.customerDetails.email],
      ['customerDetails.email', 'parameter_invalid', (b) => (b.customerDetails.email = 'not-an-email')],
      ['customerDetails.name', 'parameter_missing', (b) => (b.customerDetails.name = '  ')],
      ['customerDetails.phone', 'parameter_invalid', (b) => (b.customerDetails.phone = '12345')],
      ['customerDetails.billingDetails.address.city', 'parameter_missing', (b) => delete b.customerDetails.billingDetails.address.city],
      ['customerDetails.billingDetails.address.postalCode', 'parameter_invalid', (b) => (b.customerDetails.billingDetails.address.postalCode = '1234')],
      ['customerDetails.billingDetails.address.state', 'parameter_missing', (b) => (b.customerDetails.billingDetails.address = { line1: 'x', city: 'Boston', country: 'US', postalCode: '02108' })],
      ['customerDetails.billingDetails.address.postalCode', 'parameter_missing', (b) => (b.customerDetails.billingDetails.address = { line1: 'x', city: 'Boston', country: 'US', state: 'MA' })],
      ['customFields.order_note', 'parameter_missing', (b) => (b.customFields = [{ key: 'slot', value: 'evening' }])],
      ['customFields.order_note', 'parameter_invalid', (b) => (b.customFields[0].value = 'much too long')],
      ['customFields.floor', 'parameter_invalid', (b) => b.customFields.push({ key: 'floor', value: '3a' })],
      ['customFields.slot', 'parameter_invalid', (b) => (b.customFields[1].value = 'morning')],
      ['paymentMethod.id', 'parameter_missing', (b) => delete b.paymentMethod.id],
      ['paymentMethod.id', 'payment_method_invalid', (b) => (b.paymentMethod.id = 'pm_madeup')],
      ['paymentMethod.id', 'parameter_invalid', (b) => (b.paymentMethod.id = 42)],
      ['paymentMethod.card', 'raw_card_data_not_allowed', (b) => (b.paymentMethod.card = { number: '4242424242424241', expMonth: 12, expYear: 2040, cvc: '123' })],
      ['paymentMethod.type', 'parameter_invalid', (b) => (b.paymentMethod = { type: 'fawry' })],
      ['paymentMethod.id', 'parameter_unknown', (b) => (b.paymentMethod.type = 'valu')],
      ['customerDetails.nickname', 'parameter_unknown', (b) => (b.customerDetails.nickname = 'JJ')],
    ];
    for (const [param, code, mutate] of cases) {
      const body = structuredClone(good);
      mutate(body);
      const res = await confirm(s, body);
      expect(res.status, `${param} ${code}: ${JSON.stringify(res.body)}`).to.equal(400);
      expect(res.body.error, param).to.include({ param, code });
      expect(JSON.stringify(res.body)).to.not.contain('4242424242424241');
    }
    expect((await retrieveSession(s.id)).paymentIntent).to.equal(null);
    // None of the refusals spent the token: it still pays.
    const ok = await confirm(s, good);
    expect(ok.status, JSON.stringify(ok.body)).to.equal(200);
    expect(ok.body.customerDetails!.billingDetails!.address).to.include({ country: 'EG', postalCode: '11511', city: 'Cairo' });
  });

  it('pays with a non-card method inside its limits, once its one-time code is verified', async () => {
    const s = await createSession({ paymentMethodTypes: ['card', 'wallet', 'valu'] });
    const customerDetails = { email: 'a@b.co', name: 'Mona Adel', phone: '+201001234567' };
    const res = await confirm(s, { customerDetails, paymentMethod: { type: 'valu', valu: { planId: 'valu_3' } } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.status).to.equal('open');
    expect(res.body.paymentIntent.nextAction.type).to.equal('verify_otp');
    const verified = await clientRequest('POST', `/checkout/sessions/${s.id}/client/verify-otp`, s.clientSecret, { code: '123456' }, { 'Idempotency-Key': `otp-${s.id}` });
    expect(verified.body.status).to.equal('complete');
    expect(verified.body.paymentIntent.charges[0].paymentMethodDetails).to.deep.equal({ type: 'valu', card: null });
  });

  it('refuses a method whose limits exclude the total', async () => {
    const s = await createSession({
      paymentMethodTypes: ['card', 'valu'],
      lineItems: [{ price: { unitAmount: 10000, productName: 'Small' }, quantity: 1 }],
    });
    const res = await confirm(s, { customerDetails: { email: 'a@b.co', name: 'Mona Adel', phone: '+201001234567' }, paymentMethod: { type: 'valu' } });
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'amount_too_small', param: 'paymentMethod.type' });
  });
});
