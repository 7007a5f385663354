import { expect } from '@open-wc/testing';
import {
  clientRequest,
  collectEvents,
  confirm,
  confirmBody,
  createSession,
  expireSession,
  merchantRequest,
  retrieveSession,
  type ApiResponse,
  type SandboxSession,
} from '../support/sandbox.js';

const PHONE = '+201001234567';
const CUSTOMER = { email: 'mona@example.com', name: 'Mona Adel', phone: PHONE };
const ALL_METHODS = ['card', 'valu', 'wallet', 'fawry'];
const FEES = { feesPassThrough: true, vatCollectionEnabled: true, vatCollectionRate: 14 };
const item = (unitAmount: number) => ({ price: { unitAmount, productName: 'Thing' }, quantity: 1 });

let keys = 0;
const clientPath = (s: SandboxSession, path: string) => `/checkout/sessions/${s.id}/client/${path}`;
/** A confirm of a method other than a card; `extra` goes into `paymentMethod`. */
const pay = (s: SandboxSession, type: string, extra: Record<string, unknown> = {}, customerDetails: Record<string, unknown> = CUSTOMER) =>
  confirm<SandboxSession>(s, { customerDetails, paymentMethod: { type, ...extra } });
const payValu = (s: SandboxSession, planId = 'valu_6') => pay(s, 'valu', { valu: { planId } });
const verify = (s: SandboxSession, code: unknown, key = `otp-${(keys += 1)}`) =>
  clientRequest<SandboxSession>('POST', clientPath(s, 'verify-otp'), s.clientSecret, { code }, { 'Idempotency-Key': key });
const resend = (s: SandboxSession) => clientRequest<SandboxSession>('POST', clientPath(s, 'verify-otp/resend'), s.clientSecret);
const cancel = (s: SandboxSession) => clientRequest<SandboxSession>('POST', clientPath(s, 'verify-otp/cancel'), s.clientSecret);
const plans = (s: SandboxSession) => clientRequest('GET', clientPath(s, 'installment-plans'), s.clientSecret);
const payVoucher = (s: SandboxSession) => merchantRequest<SandboxSession>('POST', `/sandbox/sessions/${s.id}/voucher/pay`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectError(res: ApiResponse, status: number, error: Record<string, unknown>) {
  expect(res.status, JSON.stringify(res.body)).to.equal(status);
  expect(res.body.error).to.include(error);
}

/** A session paying by valU (or `type`) whose confirm now waits for the code. */
async function waitingForCode(params: Record<string, unknown> = {}, type = 'valu') {
  const s = await createSession({ paymentMethodTypes: ALL_METHODS, ...params });
  const res = type === 'valu' ? await payValu(s) : await pay(s, type);
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return { s, waiting: res.body };
}

describe('sandbox: what each method requires of the customer', () => {
  it('lists requiredCustomerFields and enforces them when the session collects neither name nor phone', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    expect(s.paymentMethodTypes.map((m) => [m.type, m.requiredCustomerFields])).to.deep.equal([
      ['card', []], ['valu', ['name', 'phone']], ['wallet', ['phone']], ['fawry', ['phone']],
    ]);
    const email = { email: 'mona@example.com' };
    const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>][] = [
      ['valu', { valu: { planId: 'valu_3' } }, { ...email, phone: PHONE }, { code: 'parameter_missing', param: 'customerDetails.name' }],
      ['valu', { valu: { planId: 'valu_3' } }, { ...email, name: 'Mona' }, { code: 'parameter_missing', param: 'customerDetails.phone' }],
      ['valu', { valu: { planId: 'valu_3' } }, { ...email, name: 'Mona', phone: '01001234567' }, { code: 'parameter_invalid', param: 'customerDetails.phone' }],
      ['wallet', {}, email, { code: 'parameter_missing', param: 'customerDetails.phone' }],
      ['fawry', {}, email, { code: 'parameter_missing', param: 'customerDetails.phone' }],
    ];
    for (const [type, extra, customer, error] of cases) expectError(await pay(s, type, extra, customer), 400, error);
    expect((await retrieveSession(s.id)).paymentIntent, 'nothing reached the processor').to.equal(null);
    const card = await confirm(s, await confirmBody(s));
    expect(card.body.status, 'a card needs neither').to.equal('complete');
  });
});

describe('sandbox: valU installment plans', () => {
  it('lists the plans for the total as it is with valU chosen, whatever is chosen now', async () => {
    const s = await createSession({ paymentMethodTypes: ['card', 'valu'] });
    const res = await plans(s);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body).to.deep.equal({
      object: 'list',
      data: [
        { id: 'valu_3', tenorMonths: 3, interestRate: 0, monthlyAmount: 66667, totalAmount: 200000, feeAmount: 0, currency: 'EGP' },
        { id: 'valu_6', tenorMonths: 6, interestRate: 7, monthlyAmount: 35667, totalAmount: 214000, feeAmount: 14000, currency: 'EGP' },
        { id: 'valu_12', tenorMonths: 12, interestRate: 14, monthlyAmount: 19000, totalAmount: 228000, feeAmount: 28000, currency: 'EGP' },
        { id: 'valu_24', tenorMonths: 24, interestRate: 28, monthlyAmount: 10667, totalAmount: 256000, feeAmount: 56000, currency: 'EGP' },
      ],
    });

    const withFees = await createSession({ feeConfig: FEES, paymentMethodTypes: ['card', 'valu'] });
    // valU's 3 % of 200000 and its VAT: 206840, while the card (selected) makes 205700.
    const [three] = (await plans(withFees)).body.data;
    expect(three).to.include({ monthlyAmount: Math.ceil(206840 / 3), totalAmount: 206840, feeAmount: 0 });
    expect((await retrieveSession(withFees.id)).fees).to.include({ paymentMethodType: 'card', feeAmount: 5000 });
  });

  it('offers 24 months only from 2000.00, and nothing where valU is not on offer', async () => {
    const under = await createSession({ lineItems: [item(199999)], paymentMethodTypes: ['valu'] });
    expect((await plans(under)).body.data.map((p: { id: string }) => p.id)).to.deep.equal(['valu_3', 'valu_6', 'valu_12']);
    expectError(await plans(await createSession()), 400, { code: 'payment_method_unavailable' });
    expectError(await plans(await createSession({ lineItems: [item(10000)], paymentMethodTypes: ['valu'] })), 400, {
      code: 'payment_method_unavailable',
      message: 'valU installments needs a total of at least 500.00 EGP.',
    });
  });

  it('a confirm names a plan of this total; it waits for the code with the plan on the PaymentIntent', async () => {
    const s = await createSession({ lineItems: [item(150000)], paymentMethodTypes: ALL_METHODS });
    const param = 'paymentMethod.valu.planId';
    expectError(await pay(s, 'valu'), 400, { code: 'parameter_missing', param });
    expectError(await pay(s, 'valu', { valu: {} }), 400, { code: 'parameter_missing', param });
    expectError(await payValu(s, 'valu_48'), 400, { code: 'parameter_invalid', param });
    expectError(await payValu(s, 'valu_24'), 400, { code: 'parameter_invalid', param });
    expectError(await pay(s, 'wallet', { valu: { planId: 'valu_3' } }), 400, { code: 'parameter_unknown', param: 'paymentMethod.valu' });

    const before = Date.now();
    const res = await payValu(s, 'valu_12');
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body).to.include({ status: 'open', paymentStatus: 'unpaid' });
    const pi = res.body.paymentIntent!;
    expect(pi.status).to.equal('requires_action');
    expect(pi.charges, 'nothing is charged before the code').to.deep.equal([]);
    const { expiresAt, ...otp } = pi.nextAction!.verifyOtp!;
    expect(otp).to.deep.equal({ channel: 'sms', phoneHint: '•••• 4567', codeLength: 6, attemptsRemaining: 3 });
    expect(Date.parse(expiresAt) - before).to.be.within(299_000, 301_000);
    const [, , twelve] = (await plans(s)).body.data;
    expect(pi.installmentPlan).to.deep.equal(twelve);
    const loaded = await clientRequest<SandboxSession>('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);
    expect(loaded.body.paymentIntent!.nextAction, 'a reload shows the same step').to.deep.equal(pi.nextAction);
  });

  it('a code never outlives its session', async () => {
    const { s, waiting } = await waitingForCode({ expiresAfterMinutes: 1 });
    expect(waiting.paymentIntent!.nextAction!.verifyOtp!.expiresAt).to.equal(s.expiresAt);
  });
});

describe('sandbox: one-time codes', () => {
  it('123456 completes the payment and the event stream hears it', async () => {
    const { s } = await waitingForCode();
    let res: ApiResponse<SandboxSession> | undefined;
    const stream = await collectEvents(s, { onOpen: async () => void (res = await verify(s, '123456')) });
    expect(res!.status, JSON.stringify(res!.body)).to.equal(200);
    expect(res!.body).to.include({ status: 'complete', paymentStatus: 'paid' });
    const pi = res!.body.paymentIntent!;
    expect(pi).to.include({ status: 'succeeded', nextAction: null, lastPaymentError: null });
    expect(pi.charges.map((c) => [c.status, c.paymentMethodDetails.type])).to.deep.equal([['succeeded', 'valu']]);
    expect(res!.body.customer).to.include({ name: 'Mona Adel', phone: PHONE });
    expect(stream.events.map((e) => e.data.status)).to.deep.equal(['open', 'complete']);
    expect(stream.ended).to.equal(true);
  });

  it('a wrong code costs a try and is remembered under its key; the right one still pays', async () => {
    const { s } = await waitingForCode();
    const wrong = await verify(s, '000000', 'typed-once');
    expect(wrong.status).to.equal(400);
    expect(wrong.body.error).to.deep.equal({ type: 'invalid_request_error', code: 'otp_incorrect', param: 'code', message: 'That code is not right.', attemptsRemaining: 2 });
    const replay = await verify(s, '000000', 'typed-once');
    expect([replay.status, replay.headers.get('Idempotent-Replayed'), replay.body.error.attemptsRemaining]).to.deep.equal([400, 'true', 2]);
    expectError(await verify(s, '123456', 'typed-once'), 400, { code: 'idempotency_key_reused' });
    const missingKey = await clientRequest('POST', clientPath(s, 'verify-otp'), s.clientSecret, { code: '123456' });
    expectError(missingKey, 400, { code: 'idempotency_key_missing' });
    const waiting = await retrieveSession(s.id);
    expect(waiting.paymentIntent!.nextAction!.verifyOtp!.attemptsRemaining).to.equal(2);
    expect(waiting.paymentIntent!.charges).to.deep.equal([]);
    expect((await verify(s, '123456')).body.status).to.equal('complete');
  });

  it('the third wrong code ends the attempt with a failed charge; pressing pay again starts over', async () => {
    const { s } = await waitingForCode();
    expect((await verify(s, '111111')).body.error.attemptsRemaining).to.equal(2);
    expect((await verify(s, '222222')).body.error.attemptsRemaining).to.equal(1);
    const third = await verify(s, '333333');
    expectError(third, 400, { code: 'otp_attempts_exceeded' });
    expect(third.body.error).to.not.have.property('param');
    const ended = (await retrieveSession(s.id)).paymentIntent!;
    expect(ended).to.include({ status: 'requires_payment_method', nextAction: null });
    expect(ended.lastPaymentError).to.include({ code: 'otp_attempts_exceeded', message: third.body.error.message });
    expect(ended.charges.map((c) => c.status)).to.deep.equal(['failed']);
    expectError(await verify(s, '123456'), 400, { code: 'no_pending_verification' });

    const again = await payValu(s);
    expect(again.body.paymentIntent!.nextAction!.verifyOtp!.attemptsRemaining).to.equal(3);
    expect(again.body.paymentIntent!.lastPaymentError).to.equal(null);
    const done = await verify(s, '123456');
    expect(done.body.paymentIntent!.charges.map((c) => c.status)).to.deep.equal(['failed', 'succeeded']);
  });

  it('any code after expiresAt is otp_expired and ends the attempt', async () => {
    const { s, waiting } = await waitingForCode({ sandbox: { otpExpiresAfterSeconds: 0.5 } });
    expect(Date.parse(waiting.paymentIntent!.nextAction!.verifyOtp!.expiresAt) - Date.parse(waiting.updatedAt)).to.be.at.most(600);
    await sleep(700);
    const late = await verify(s, '123456');
    expectError(late, 400, { code: 'otp_expired' });
    expect(late.body.error).to.not.have.property('param');
    const ended = (await retrieveSession(s.id)).paymentIntent!;
    expect(ended).to.include({ status: 'requires_payment_method', nextAction: null });
    expect(ended.lastPaymentError!.code).to.equal('otp_expired');
    expect(ended.charges.map((c) => c.status)).to.deep.equal(['failed']);
  });

  it('resend gives the code a fresh lifetime but not fresh tries', async () => {
    const { s, waiting } = await waitingForCode({ sandbox: { otpExpiresAfterSeconds: 0.5 } });
    await verify(s, '999999');
    await sleep(700);
    const resent = await resend(s);
    expect(resent.status, JSON.stringify(resent.body)).to.equal(200);
    const otp = resent.body.paymentIntent!.nextAction!.verifyOtp!;
    expect(Date.parse(otp.expiresAt)).to.be.above(Date.parse(waiting.paymentIntent!.nextAction!.verifyOtp!.expiresAt)).and.above(Date.now());
    expect(otp.attemptsRemaining).to.equal(2);
    expect((await verify(s, '123456')).body.status).to.equal('complete');
  });

  it('cancel ends the waiting attempt without a charge or an error', async () => {
    const { s } = await waitingForCode({}, 'wallet');
    const res = await cancel(s);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.status).to.equal('open');
    expect(res.body.paymentIntent).to.include({ status: 'requires_payment_method', nextAction: null, lastPaymentError: null });
    expect(res.body.paymentIntent!.charges).to.deep.equal([]);
    for (const call of [() => verify(s, '123456'), () => resend(s), () => cancel(s)]) expectError(await call(), 400, { code: 'no_pending_verification' });
  });

  it('takes a string of digits only, and only while a code is awaited', async () => {
    const fresh = await createSession({ paymentMethodTypes: ALL_METHODS });
    expectError(await verify(fresh, '123456'), 400, { code: 'no_pending_verification' });
    const { s } = await waitingForCode();
    for (const code of [123456, '12a456', '', null, undefined]) expectError(await verify(s, code), 400, { code: 'parameter_invalid', param: 'code' });
    const extra = await clientRequest('POST', clientPath(s, 'verify-otp'), s.clientSecret, { code: '123456', channel: 'sms' }, { 'Idempotency-Key': 'extra' });
    expectError(extra, 400, { code: 'parameter_unknown', param: 'channel' });
    expect((await retrieveSession(s.id)).paymentIntent!.nextAction!.verifyOtp!.attemptsRemaining, 'no try used').to.equal(3);
  });
});

describe('sandbox: mobile wallets', () => {
  it('needs an Egyptian mobile number', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    for (const phone of ['+201312345678', '+441234567890', '+20101234567', '+2010012345678']) {
      expectError(await pay(s, 'wallet', {}, { ...CUSTOMER, phone }), 400, {
        code: 'invalid_wallet_number',
        param: 'customerDetails.phone',
        message: 'Mobile wallets need an Egyptian mobile number (010, 011, 012 or 015).',
      });
    }
    const spaced = await pay(s, 'wallet', {}, { ...CUSTOMER, phone: '+20 115 123 4567' });
    expect(spaced.status, JSON.stringify(spaced.body)).to.equal(200);
    expect(spaced.body.paymentIntent!.nextAction!.verifyOtp).to.include({ channel: 'wallet', phoneHint: '•••• 4567' });
    expect(spaced.body.customerDetails!.phone).to.equal('+201151234567');
  });

  it('+201000000000 has no wallet: declined with a failed charge, and another number then pays', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    const declined = await pay(s, 'wallet', {}, { ...CUSTOMER, phone: '+201000000000' });
    expect(declined.status).to.equal(402);
    expect(declined.body.error).to.include({
      type: 'card_error',
      code: 'payment_declined',
      declineCode: 'wallet_not_found',
      message: 'No mobile wallet is registered to this number.',
    });
    const after = await retrieveSession(s.id);
    expect(after.paymentIntent).to.include({ status: 'requires_payment_method' });
    expect(after.paymentIntent!.lastPaymentError).to.include({ code: 'payment_declined', declineCode: 'wallet_not_found', paymentMethodType: 'wallet' });
    expect(after.paymentIntent!.charges.map((c) => [c.status, c.failureCode])).to.deep.equal([['failed', 'wallet_not_found']]);
    expect(after.customerDetails!.phone, 'what was submitted is kept').to.equal('+201000000000');

    expect((await pay(s, 'wallet')).body.paymentIntent!.nextAction!.type).to.equal('verify_otp');
    const paid = await verify(s, '123456');
    expect(paid.body.paymentIntent!.charges.map((c) => c.status)).to.deep.equal(['failed', 'succeeded']);
  });
});

describe('sandbox: Fawry references', () => {
  it('a confirm shows a reference for the total, unpaid; the merchant marks it paid and the stream hears it', async () => {
    const s = await createSession({ feeConfig: FEES, paymentMethodTypes: ALL_METHODS });
    const res = await pay(s, 'fawry', {}, { email: 'mona@example.com', phone: PHONE });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    // The confirm settled Fawry's fee: 500 + VAT 70.
    expect(res.body).to.include({ status: 'open', paymentStatus: 'unpaid', amountTotal: 200570 });
    const pi = res.body.paymentIntent!;
    expect(pi.status).to.equal('requires_action');
    const { reference, ...voucher } = pi.nextAction!.displayVoucher!;
    expect(reference).to.match(/^\d{9}$/);
    expect(voucher).to.deep.equal({ provider: 'fawry', amount: 200570, currency: 'EGP', expiresAt: s.expiresAt });
    const loaded = await clientRequest<SandboxSession>('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);
    expect(loaded.body.paymentIntent!.nextAction, 'a reload shows the same reference').to.deep.equal(pi.nextAction);

    let paid: ApiResponse<SandboxSession> | undefined;
    const stream = await collectEvents(s, { onOpen: async () => void (paid = await payVoucher(s)) });
    expect(paid!.status, JSON.stringify(paid!.body)).to.equal(200);
    expect(paid!.body).to.include({ status: 'complete', paymentStatus: 'paid' });
    expect(paid!.body.paymentIntent!.charges.map((c) => [c.status, c.amount, c.paymentMethodDetails.type])).to.deep.equal([['succeeded', 200570, 'fawry']]);
    expect(stream.events.map((e) => [e.event, e.data.status])).to.deep.equal([['session.updated', 'open'], ['session.updated', 'complete']]);
    expect(stream.ended).to.equal(true);
    expectError(await payVoucher(s), 400, { code: 'no_pending_voucher' });
  });

  it('a later confirm replaces the reference', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    const first = (await pay(s, 'fawry')).body.paymentIntent!.nextAction!.displayVoucher!.reference;
    const second = (await pay(s, 'fawry')).body.paymentIntent!.nextAction!.displayVoucher!.reference;
    expect(second).to.not.equal(first);
    expect((await payVoucher(s)).body.paymentIntent!.charges).to.have.length(1);
  });

  it('voucher/pay needs the secret key and a waiting reference, and answers 410 once the session expired', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    expectError(await payVoucher(s), 400, { code: 'no_pending_voucher' });
    await pay(s, 'fawry');
    expect((await merchantRequest('POST', `/sandbox/sessions/${s.id}/voucher/pay`, undefined, { key: null })).status).to.equal(401);
    expect((await clientRequest('POST', `/sandbox/sessions/${s.id}/voucher/pay`, s.clientSecret)).status).to.equal(401);
    expect((await merchantRequest('POST', '/sandbox/sessions/cs_test_nope/voucher/pay')).status).to.equal(404);
    const expired = await expireSession(s.id);
    expect(expired.paymentIntent, 'expiry voids the reference').to.include({ status: 'requires_payment_method', nextAction: null });
    expectError(await payVoucher(s), 410, { code: 'session_expired' });
  });
});

describe('sandbox: a waiting code or reference pays only what it was issued for', () => {
  it('expiring the session voids a waiting code', async () => {
    const { s } = await waitingForCode();
    const expired = await expireSession(s.id);
    expect(expired.paymentIntent).to.include({ status: 'requires_payment_method', nextAction: null });
    expectError(await verify(s, '123456'), 410, { code: 'session_expired' });
  });

  it('a change of total or of method voids it; the same selection again does not', async () => {
    const s = await createSession({
      feeConfig: FEES,
      paymentMethodTypes: ALL_METHODS,
      lineItems: [{ ...item(100000), adjustableQuantity: { enabled: true } }],
    });
    await pay(s, 'fawry');
    const same = await clientRequest<SandboxSession>('POST', clientPath(s, 'selection'), s.clientSecret, { paymentMethodType: 'fawry' });
    expect(same.body.paymentIntent!.nextAction!.type).to.equal('display_voucher');
    const moved = await clientRequest<SandboxSession>('POST', clientPath(s, 'line-items'), s.clientSecret, { lineItems: [{ id: s.lineItems[0].id, quantity: 2 }] });
    expect(moved.body.paymentIntent).to.include({ status: 'requires_payment_method', nextAction: null });
    expectError(await payVoucher(s), 400, { code: 'no_pending_voucher' });

    await payValu(s);
    const switched = await clientRequest<SandboxSession>('POST', clientPath(s, 'selection'), s.clientSecret, { paymentMethodType: 'card' });
    expect(switched.body.paymentIntent).to.include({ status: 'requires_payment_method', nextAction: null });
    expectError(await verify(s, '123456'), 400, { code: 'no_pending_verification' });
  });

  it('a confirm for another method voids it, even one then refused', async () => {
    const s = await createSession({ paymentMethodTypes: ALL_METHODS });
    await pay(s, 'fawry');
    const refused = await confirm(s, await confirmBody(s, undefined, { customerDetails: { email: 'not-an-email' } }));
    expectError(refused, 400, { code: 'parameter_invalid', param: 'customerDetails.email' });
    expect((await retrieveSession(s.id)).paymentIntent).to.include({ status: 'requires_payment_method', nextAction: null });
    expectError(await payVoucher(s), 400, { code: 'no_pending_voucher' });
  });

  it('every new client endpoint answers 410 on an expired session and session_not_open on a complete one', async () => {
    const calls: [string, (s: SandboxSession) => Promise<ApiResponse>][] = [
      ['selection', (s) => clientRequest('POST', clientPath(s, 'selection'), s.clientSecret, { paymentMethodType: 'card' })],
      ['installment-plans', plans],
      ['verify-otp', (s) => verify(s, '123456')],
      ['resend', resend],
      ['cancel', cancel],
    ];
    const expired = await createSession({ paymentMethodTypes: ALL_METHODS });
    await expireSession(expired.id);
    const complete = await createSession({ paymentMethodTypes: ALL_METHODS });
    await confirm(complete, await confirmBody(complete));
    for (const [name, call] of calls) {
      const gone = await call(expired);
      expect([gone.status, gone.body.error.code], name).to.deep.equal([410, 'session_expired']);
      const closed = await call(complete);
      expect([closed.status, closed.body.error.code], name).to.deep.equal([400, 'session_not_open']);
      expect((await call({ ...complete, clientSecret: `${complete.id}_secret_wrong` })).status, name).to.equal(401);
    }
  });
});
