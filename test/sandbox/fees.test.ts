import { expect } from '@open-wc/testing';
import {
  clientRequest,
  collectEvents,
  confirm,
  confirmBody,
  createSession,
  retrieveSession,
  tokenizeCard,
  type SandboxSession,
} from '../support/sandbox.js';

/** The merchant passes the fee on and collects 14 % VAT on it; its card rate is the default 2.5 %. */
const FEES = { feesPassThrough: true, vatCollectionEnabled: true, vatCollectionRate: 14 };
const ALL_METHODS = ['card', 'valu', 'wallet', 'fawry'];
const item = (unitAmount: number, extra: Record<string, unknown> = {}) => ({ price: { unitAmount, productName: 'Thing' }, quantity: 1, ...extra });

const select = (s: SandboxSession, body: unknown) =>
  clientRequest<SandboxSession>('POST', `/checkout/sessions/${s.id}/client/selection`, s.clientSecret, body);

describe('sandbox: fees', () => {
  it('starts with the first method the limits admit, brand unknown: the card rate on everything before the fee, VAT on the fee only', async () => {
    const s = await createSession({ lineItems: [item(200000)], shippingAmount: 1500, taxRate: 14, feeConfig: FEES, paymentMethodTypes: ALL_METHODS });
    // base 200000 + 1500 + 28000 = 229500; 2.5 % = 5737.5 -> 5738; VAT 14 % of 5738 = 803.32 -> 803
    expect(s.fees).to.deep.equal({ paymentMethodType: 'card', feeAmount: 5738, feePercentage: 2.5, fixedAmount: 0, vatAmount: 803, totalAmount: 6541, cardInfo: null });
    expect(s.totalDetails).to.include({ amountTax: 28000, amountPlatformFee: 5738, amountCollectedVat: 803 });
    expect(s.amountTotal).to.equal(229500 + 5738 + 803);

    // valU first, but 100.00 EGP is under its minimum: the session starts on the card.
    const small = await createSession({ lineItems: [item(10000)], feeConfig: FEES, paymentMethodTypes: ['valu', 'card'] });
    expect(small.fees!.paymentMethodType).to.equal('card');
    const large = await createSession({ lineItems: [item(100000)], feeConfig: FEES, paymentMethodTypes: ['valu', 'card'] });
    expect(large.fees).to.include({ paymentMethodType: 'valu', feeAmount: 3000, vatAmount: 420 });
  });

  it('charges each method and each kind of card its own rate', async () => {
    const s = await createSession({ lineItems: [item(100000)], feeConfig: FEES, paymentMethodTypes: ALL_METHODS });
    const cases: [Record<string, unknown>, { feePercentage: number; fixedAmount: number; feeAmount: number; cardInfo: unknown }][] = [
      [{ paymentMethodType: 'card' }, { feePercentage: 2.5, fixedAmount: 0, feeAmount: 2500, cardInfo: null }],
      [{ paymentMethodType: 'card', cardBrand: 'visa' }, { feePercentage: 2.5, fixedAmount: 0, feeAmount: 2500, cardInfo: { brand: 'visa', isOnUs: false, isInternational: false } }],
      [{ paymentMethodType: 'card', cardBrand: 'amex' }, { feePercentage: 3.5, fixedAmount: 0, feeAmount: 3500, cardInfo: { brand: 'amex', isOnUs: false, isInternational: false } }],
      [{ paymentMethodType: 'card', cardBrand: 'meeza' }, { feePercentage: 1, fixedAmount: 0, feeAmount: 1000, cardInfo: { brand: 'meeza', isOnUs: true, isInternational: false } }],
      [{ paymentMethodType: 'valu' }, { feePercentage: 3, fixedAmount: 0, feeAmount: 3000, cardInfo: null }],
      [{ paymentMethodType: 'wallet', cardBrand: 'visa' }, { feePercentage: 1.5, fixedAmount: 0, feeAmount: 1500, cardInfo: null }],
      [{ paymentMethodType: 'fawry' }, { feePercentage: 0, fixedAmount: 500, feeAmount: 500, cardInfo: null }],
      [{ paymentMethodType: 'card', cardBrand: null }, { feePercentage: 2.5, fixedAmount: 0, feeAmount: 2500, cardInfo: null }],
    ];
    for (const [body, fee] of cases) {
      const res = await select(s, body);
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      const vatAmount = Math.round(fee.feeAmount * 0.14);
      expect(res.body.fees, JSON.stringify(body)).to.deep.equal({ paymentMethodType: body.paymentMethodType, vatAmount, totalAmount: fee.feeAmount + vatAmount, ...fee });
      expect(res.body.amountTotal).to.equal(100000 + fee.feeAmount + vatAmount);
      expect((await retrieveSession(s.id)).fees, 'the session keeps the selection').to.deep.equal(res.body.fees);
    }
  });

  it('fixes the Fawry fee at 5 major units of any currency', async () => {
    const kwd = await createSession({ currency: 'KWD', lineItems: [item(100000)], feeConfig: FEES, paymentMethodTypes: ['fawry'] });
    expect(kwd.fees).to.include({ feeAmount: 5000, fixedAmount: 5000, vatAmount: 700 });
    const jpy = await createSession({ currency: 'JPY', lineItems: [item(10000)], feeConfig: FEES, paymentMethodTypes: ['fawry'] });
    expect(jpy.fees).to.include({ feeAmount: 5, fixedAmount: 5, vatAmount: 1 });
    expect(jpy.amountTotal).to.equal(10006);
  });

  it('a card token issued abroad costs the international rate; a stale expectedAmountTotal is 409, the token still good', async () => {
    const s = await createSession({ lineItems: [item(100000)], feeConfig: FEES });
    const shown = (await select(s, { paymentMethodType: 'card', cardBrand: 'visa' })).body.amountTotal;
    expect(shown).to.equal(102850);
    const token = await tokenizeCard(s, '4000008260000000');
    const body = await confirmBody(s, token, { expectedAmountTotal: shown });
    let refused: Awaited<ReturnType<typeof confirm>> | undefined;
    const stream = await collectEvents(s, { until: (events) => events.length >= 2, onOpen: async () => void (refused = await confirm(s, body)) });
    // 2.5 % + 2 % = 4.5 % of 100000 = 4500; VAT 630
    expect(refused!.status, JSON.stringify(refused!.body)).to.equal(409);
    expect(refused!.body.error).to.deep.equal({
      type: 'invalid_request_error',
      code: 'amount_changed',
      message: 'The total is now 1,051.30 EGP: International card fee.',
      amountTotal: 105130,
    });
    const after = await retrieveSession(s.id);
    expect(after.amountTotal).to.equal(105130);
    expect(after.fees).to.deep.equal({
      paymentMethodType: 'card', feeAmount: 4500, feePercentage: 4.5, fixedAmount: 0, vatAmount: 630, totalAmount: 5130,
      cardInfo: { brand: 'visa', isOnUs: false, isInternational: true },
    });
    expect(after.paymentIntent, 'nothing was charged').to.equal(null);
    expect(stream.events.at(-1)!.data.amountTotal, 'the stream hears the new total').to.equal(105130);

    const paid = await confirm(s, { ...body, expectedAmountTotal: 105130 });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(200);
    expect(paid.body.status).to.equal('complete');
    expect(paid.body.paymentIntent.charges[0].amount).to.equal(105130);
  });

  it('an Amex issued abroad adds both surcharges; without expectedAmountTotal the confirm charges the settled total', async () => {
    const s = await createSession({ lineItems: [item(100000)], feeConfig: { ...FEES, feePercentage: 2 } });
    const res = await confirm(s, await confirmBody(s, { number: '371449635398431', cvc: '1234' }));
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    // 2 % + 2 % + 1 % = 5 % = 5000; VAT 700
    expect(res.body.fees).to.include({ feePercentage: 5, feeAmount: 5000, vatAmount: 700 });
    expect(res.body.fees.cardInfo).to.deep.equal({ brand: 'amex', isOnUs: false, isInternational: true });
    expect(res.body.paymentIntent.charges[0].amount).to.equal(105700);
  });

  it('a Meeza card pays the on-us rate', async () => {
    const s = await createSession({ lineItems: [item(100000)], feeConfig: FEES });
    const token = await tokenizeCard(s, '5078 0300 0000 0003');
    expect(token.card).to.include({ brand: 'meeza', country: 'EG' });
    const res = await confirm(s, await confirmBody(s, token, { expectedAmountTotal: 101140 }));
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.fees).to.include({ feePercentage: 1, feeAmount: 1000, vatAmount: 140 });
    expect(res.body.fees.cardInfo).to.deep.equal({ brand: 'meeza', isOnUs: true, isInternational: false });
  });

  it('a total that moved for another reason is 409 too, without naming a fee', async () => {
    const s = await createSession({ lineItems: [item(200000)] });
    const res = await confirm(s, await confirmBody(s, undefined, { expectedAmountTotal: 150000 }));
    expect(res.status).to.equal(409);
    expect(res.body.error).to.include({ code: 'amount_changed', message: 'The total is now 2,000.00 EGP.', amountTotal: 200000 });
    const bad = await confirm(s, await confirmBody(s, undefined, { expectedAmountTotal: 1.5 }));
    expect(bad.body.error).to.include({ code: 'parameter_invalid', param: 'expectedAmountTotal' });
  });
});

describe('sandbox: the selection endpoint', () => {
  it('keeps the promotion and the quantities, and answers the same for the same selection', async () => {
    const s = await createSession({
      allowPromotionCodes: true,
      lineItems: [item(10000, { adjustableQuantity: { enabled: true } })],
      feeConfig: FEES,
      paymentMethodTypes: ALL_METHODS,
    });
    await clientRequest('POST', `/checkout/sessions/${s.id}/client/promotion-code`, s.clientSecret, { code: 'WELCOME10' });
    await clientRequest('POST', `/checkout/sessions/${s.id}/client/line-items`, s.clientSecret, { lineItems: [{ id: s.lineItems[0].id, quantity: 10 }] });
    const wallet = await select(s, { paymentMethodType: 'wallet' });
    expect(wallet.status).to.equal(200);
    expect(wallet.body.lineItems[0].quantity).to.equal(10);
    expect(wallet.body.discounts[0].promotionCodeCode).to.equal('WELCOME10');
    // 100000 - 10000 = 90000; 1.5 % = 1350; VAT 189
    expect(wallet.body.totalDetails).to.include({ amountDiscount: 10000, amountPlatformFee: 1350, amountCollectedVat: 189 });
    expect(wallet.body.amountTotal).to.equal(91539);
    const again = await select(s, { paymentMethodType: 'wallet' });
    expect([again.body.amountTotal, again.body.fees]).to.deep.equal([wallet.body.amountTotal, wallet.body.fees]);
  });

  it('refuses a method not offered, or whose limits exclude the total it would make, and then changes nothing', async () => {
    // 29900.00 EGP is under the wallet's 30000.00 maximum, but not with the wallet's fee on top.
    const s = await createSession({ lineItems: [item(2990000)], feeConfig: FEES, paymentMethodTypes: ['card', 'wallet'] });
    const before = await retrieveSession(s.id);
    const tooLarge = await select(s, { paymentMethodType: 'wallet' });
    expect(tooLarge.status).to.equal(400);
    expect(tooLarge.body.error).to.include({ code: 'amount_too_large', param: 'paymentMethodType', message: 'Mobile wallet allows a total of at most 30000.00 EGP.' });
    const notOffered = await select(s, { paymentMethodType: 'fawry' });
    expect(notOffered.body.error).to.include({ code: 'parameter_invalid', param: 'paymentMethodType' });
    const after = await retrieveSession(s.id);
    expect([after.amountTotal, after.fees]).to.deep.equal([before.amountTotal, before.fees]);

    const small = await createSession({ lineItems: [item(10000)], paymentMethodTypes: ['card', 'valu'] });
    const tooSmall = await select(small, { paymentMethodType: 'valu' });
    expect(tooSmall.body.error).to.include({ code: 'amount_too_small', param: 'paymentMethodType', message: 'valU installments needs a total of at least 500.00 EGP.' });
  });

  it('checks the body', async () => {
    const s = await createSession({ feeConfig: FEES });
    const cases: [unknown, string, string][] = [
      [{}, 'parameter_missing', 'paymentMethodType'],
      [{ paymentMethodType: 'card', cardBrand: 'Visa' }, 'parameter_invalid', 'cardBrand'],
      [{ paymentMethodType: 'card', cardBrand: 'a'.repeat(21) }, 'parameter_invalid', 'cardBrand'],
      [{ paymentMethodType: 'card', brand: 'visa' }, 'parameter_unknown', 'brand'],
    ];
    for (const [body, code, param] of cases) {
      const res = await select(s, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(res.body.error, JSON.stringify(body)).to.include({ code, param });
    }
    const noKeyNeeded = await select(s, { paymentMethodType: 'card', cardBrand: 'american_express' });
    expect(noKeyNeeded.status).to.equal(200);
    expect(noKeyNeeded.body.fees!.cardInfo!.brand).to.equal('american_express');
  });

  it('re-sending the brand a token settled keeps the token’s country', async () => {
    const s = await createSession({ lineItems: [item(100000)], feeConfig: FEES });
    const token = await tokenizeCard(s, '4000008260000000');
    expect((await confirm(s, await confirmBody(s, token, { expectedAmountTotal: 102850 }))).status).to.equal(409);
    const same = await select(s, { paymentMethodType: 'card', cardBrand: 'visa' });
    expect(same.body.fees!.cardInfo).to.deep.equal({ brand: 'visa', isOnUs: false, isInternational: true });
    const other = await select(s, { paymentMethodType: 'card', cardBrand: 'mastercard' });
    expect(other.body.fees!.cardInfo).to.deep.equal({ brand: 'mastercard', isOnUs: false, isInternational: false });
  });
});
