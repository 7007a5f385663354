import { expect } from '@open-wc/testing';
import {
  cardBody,
  clientRequest,
  confirm,
  confirmBody,
  createSession,
  merchantRequest,
  expireSession,
  retrieveSession,
  tokenizeCard,
  tokenizeRequest,
  type TokenizedCard,
} from '../support/sandbox.js';

const nextYear = new Date().getFullYear() + 1;

describe('sandbox: card tokenization (CONTRACT §5)', () => {
  it('answers a token with what may be shown of the card, never the number or CVC', async () => {
    const s = await createSession();
    const res = await tokenizeRequest<TokenizedCard>(s, cardBody('4242 4242 4242 4242', { expMonth: '7', expYear: 45, name: 'Jane Doe' }));
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.id).to.match(/^pm_\w+$/);
    expect(res.body).to.deep.equal({
      id: res.body.id,
      type: 'card',
      card: { brand: 'visa', last4: '4242', expMonth: 7, expYear: 2045, funding: 'credit', country: 'EG' },
    });
    const stored = JSON.stringify(await retrieveSession(s.id));
    expect(stored).to.not.contain('4242424242424242').and.not.contain('4242 4242').and.not.contain('Jane Doe');
  });

  it('knows the debit, international, Mastercard and Amex test cards', async () => {
    const s = await createSession();
    expect((await tokenizeCard(s, '4000056655665556')).card).to.include({ brand: 'visa', funding: 'debit', country: 'EG' });
    expect((await tokenizeCard(s, '4000 0082 6000 0000')).card).to.include({ brand: 'visa', funding: 'credit', country: 'GB' });
    expect((await tokenizeCard(s, '5555555555554444')).card).to.include({ brand: 'mastercard', last4: '4444' });
    expect((await tokenizeCard(s, { number: '378282246310005', cvc: '1234' })).card).to.include({ brand: 'amex', last4: '0005' });
  });

  it('points each invalid card field out by the param the frame maps to its input', async () => {
    const s = await createSession();
    const thisYear = new Date().getFullYear();
    const lastMonth = new Date().getUTCMonth(); // 1-based month before this one; 0 in January
    const cases: [string, string, unknown][] = [
      ['card.number', 'incorrect_number', cardBody('4242424242424241')],
      ['card.number', 'incorrect_number', cardBody('4242-4242-abcd')],
      ['card.number', 'parameter_invalid', cardBody(4242424242424242 as unknown as string)],
      ['card.number', 'parameter_missing', { type: 'card', card: { expMonth: 12, expYear: nextYear, cvc: '123' } }],
      ['card.expMonth', 'invalid_expiry_month', cardBody(undefined, { expMonth: 13 })],
      ['card.expMonth', 'parameter_invalid', cardBody(undefined, { expMonth: 'May' })],
      ['card.expYear', 'invalid_expiry_year', cardBody(undefined, { expYear: thisYear - 1 })],
      ['card.expYear', 'invalid_expiry_year', cardBody(undefined, { expYear: thisYear + 51 })],
      ['card.cvc', 'invalid_cvc', cardBody(undefined, { cvc: '12' })],
      ['card.cvc', 'invalid_cvc', cardBody('378282246310005', { cvc: '123' })],
      ['card.name', 'parameter_invalid', cardBody(undefined, { name: 'x'.repeat(201) })],
      ['card.brand', 'parameter_unknown', { type: 'card', card: { ...cardBody().card, brand: 'visa' } }],
      ['card', 'parameter_missing', { type: 'card' }],
      ['type', 'parameter_invalid', { type: 'valu', card: cardBody().card }],
    ];
    if (lastMonth > 0) cases.push(['card.expMonth', 'invalid_expiry_month', cardBody(undefined, { expMonth: lastMonth, expYear: thisYear })]);
    for (const [param, code, body] of cases) {
      const res = await tokenizeRequest(s, body);
      expect(res.status, `${param} ${code}: ${JSON.stringify(res.body)}`).to.equal(400);
      expect(res.body.error, `${param} ${code}`).to.include({ param, code });
      expect(JSON.stringify(res.body)).to.not.contain('4242424242424241');
    }
  });

  it('replays a repeated Idempotency-Key with the same token and refuses it for another card', async () => {
    const s = await createSession();
    const body = cardBody();
    const first = await tokenizeRequest<TokenizedCard>(s, body, 'attempt-1:pm');
    const reordered = { card: { cvc: body.card.cvc, expYear: body.card.expYear, expMonth: body.card.expMonth, number: body.card.number }, type: 'card' };
    const again = await tokenizeRequest<TokenizedCard>(s, reordered, 'attempt-1:pm');
    expect(again.status).to.equal(200);
    expect(again.body.id).to.equal(first.body.id);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    const other = await tokenizeRequest(s, cardBody('5555555555554444'), 'attempt-1:pm');
    expect(other.status).to.equal(400);
    expect(other.body.error.code).to.equal('idempotency_key_reused');
    // A confirm key of the same name is another key: endpoints do not share them.
    expect((await confirm(s, await confirmBody(s, first.body), 'attempt-1:pm')).status).to.equal(200);
  });

  it('does not remember a refused card: fixed, it is tokenized under the same key', async () => {
    const s = await createSession();
    expect((await tokenizeRequest(s, cardBody(undefined, { cvc: '1' }), 'fix-me')).status).to.equal(400);
    expect((await tokenizeRequest(s, cardBody(), 'fix-me')).status).to.equal(200);
  });

  it('requires an Idempotency-Key and the session’s client secret', async () => {
    const s = await createSession();
    const other = await createSession();
    const path = `/checkout/sessions/${s.id}/client/payment-methods`;
    const noKey = await clientRequest('POST', path, s.clientSecret, cardBody());
    expect([noKey.status, noKey.body.error.code]).to.deep.equal([400, 'idempotency_key_missing']);
    const wrong = await clientRequest('POST', path, other.clientSecret, cardBody(), { 'Idempotency-Key': 'k' });
    expect([wrong.status, wrong.body.error.code]).to.deep.equal([401, 'unauthorized']);
    const unknown = await clientRequest('POST', '/checkout/sessions/cs_test_nope/client/payment-methods', s.clientSecret, cardBody(), { 'Idempotency-Key': 'k' });
    expect(unknown.status).to.equal(404);
  });

  it('answers 410 on an expired session and session_not_open on a complete one', async () => {
    const expired = await createSession();
    await expireSession(expired.id);
    const gone = await tokenizeRequest(expired, cardBody());
    expect([gone.status, gone.body.error.code]).to.deep.equal([410, 'session_expired']);

    const paid = await createSession();
    expect((await confirm(paid, await confirmBody(paid))).status).to.equal(200);
    const closed = await tokenizeRequest(paid, cardBody());
    expect([closed.status, closed.body.error.code]).to.deep.equal([400, 'session_not_open']);
  });
});

describe('sandbox: confirming with a card token', () => {
  it('spends the token once the attempt reaches the processor, and still replays that attempt', async () => {
    const s = await createSession();
    const token = await tokenizeCard(s, '4000000000000002');
    const body = await confirmBody(s, token);
    const declined = await confirm(s, body, 'declined-once');
    expect(declined.status).to.equal(402);
    const replay = await confirm(s, body, 'declined-once');
    expect([replay.status, replay.headers.get('Idempotent-Replayed')]).to.deep.equal([402, 'true']);
    const reuse = await confirm(s, body);
    expect(reuse.status).to.equal(400);
    expect(reuse.body.error).to.include({ code: 'payment_method_invalid', param: 'paymentMethod.id' });
    expect((await retrieveSession(s.id)).paymentIntent!.charges).to.have.length(1);
  });

  it('spends a 3-D Secure token when the challenge starts', async () => {
    const s = await createSession();
    const token = await tokenizeCard(s, '4000002760003184');
    expect((await confirm(s, await confirmBody(s, token))).body.paymentIntent!.status).to.equal('requires_action');
    const reuse = await confirm(s, await confirmBody(s, token));
    expect(reuse.body.error).to.include({ code: 'payment_method_invalid', param: 'paymentMethod.id' });
  });

  it('refuses another session’s token as unknown', async () => {
    const s = await createSession();
    const other = await createSession();
    const foreign = await tokenizeCard(other);
    const res = await confirm(s, await confirmBody(s, foreign));
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'payment_method_invalid', param: 'paymentMethod.id' });
    expect(res.body.error.message).to.not.contain(other.id);
    // Still good in its own session.
    expect((await confirm(other, await confirmBody(other, foreign))).status).to.equal(200);
  });

  it('refuses raw card data before anything else, even under a used key', async () => {
    const s = await createSession();
    const raw = { customerDetails: {}, paymentMethod: { type: 'card', card: cardBody().card } };
    const res = await confirm(s, raw);
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'raw_card_data_not_allowed', param: 'paymentMethod.card' });
    expect(JSON.stringify(res.body)).to.not.contain(cardBody().card.number);
    const paid = await confirm(s, await confirmBody(s), 'key-1');
    expect(paid.status).to.equal(200);
    expect((await confirm(s, raw, 'key-1')).body.error.code).to.equal('raw_card_data_not_allowed');
  });

  it('pays with the debit and the international card and shows them on the PaymentIntent', async () => {
    for (const [number, card] of [
      ['4000056655665556', { funding: 'debit', country: 'EG' }],
      ['4000008260000000', { funding: 'credit', country: 'GB' }],
    ] as const) {
      const s = await createSession();
      const res = await confirm(s, await confirmBody(s, number));
      expect(res.body.status, number).to.equal('complete');
      expect(res.body.paymentIntent!.paymentMethod!.card, number).to.include(card);
      expect(res.body.paymentIntent!.charges[0].paymentMethodDetails.card).to.deep.equal({ brand: 'visa', last4: number.slice(-4) });
    }
  });

  it('audits where card data came from, never what it was: a test can prove only the frame sent it', async () => {
    const s = await createSession();
    // confirmBody tokenizes the test card first; the raw card then replaces the token.
    const raw = { ...(await confirmBody(s)), paymentMethod: { type: 'card', card: { number: '4242424242424242', expMonth: 12, expYear: nextYear, cvc: '123' } } };
    expect((await confirm(s, raw)).status).to.equal(400);
    const audit = await merchantRequest<{ data: { endpoint: string; origin: string | null }[] }>('GET', `/sandbox/sessions/${s.id}/card-data-requests`);
    expect(audit.body.data).to.deep.equal([
      { endpoint: 'payment-methods', origin: location.origin },
      { endpoint: 'confirm', origin: location.origin },
    ]);
    expect(JSON.stringify(audit.body)).to.not.contain('4242');
    expect((await merchantRequest('GET', `/sandbox/sessions/${s.id}/card-data-requests`, undefined, { key: null })).status).to.equal(401);
  });
});
