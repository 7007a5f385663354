import { expect } from '@open-wc/testing';
import { nextStep } from '../../src/checkout/next-step.js';
import { buildConfirmBody } from '../../src/forms/checkout-values.js';
import { fieldRules, validateFields } from '../../src/forms/field-rules.js';
import { availableMethods, collects, unavailableMethods } from '../../src/forms/payment-methods.js';
import { completionMessage, completionRedirect } from '../../src/lib/after-completion.js';
import { feeLabelKey, vatLabelKey } from '../../src/lib/fees.js';
import { testSession } from '../forms/session.js';

const METHODS = [
  { type: 'card', displayName: 'Card', requiredCustomerFields: [] },
  { type: 'valu', displayName: 'valU installments', minTransactionAmount: '50000', maxTransactionAmount: '10000000', requiredCustomerFields: ['name', 'phone'] },
  { type: 'wallet', displayName: 'Mobile wallet', maxTransactionAmount: '3000000', requiredCustomerFields: ['phone'] },
  { type: 'fawry', displayName: 'Fawry reference', requiredCustomerFields: ['phone'], paymentConfirmation: 'delayed' },
];

const session = (extra: Record<string, unknown> = {}) => testSession({ paymentMethodTypes: METHODS, ...extra });

describe('what each payment method needs', () => {
  it('asks for the name and phone only while a method that needs them is chosen', () => {
    const s = session();
    expect(collects(s, 'card', 'name')).to.equal(false);
    expect(collects(s, 'card', 'phone')).to.equal(false);
    expect(collects(s, 'valu', 'name')).to.equal(true);
    expect(collects(s, 'valu', 'phone')).to.equal(true);
    expect(collects(s, 'wallet', 'name')).to.equal(false);
    expect(collects(s, 'wallet', 'phone')).to.equal(true);
    // A session that collects the phone anyway always asks.
    expect(collects(session({ phoneNumberCollection: true }), 'card', 'phone')).to.equal(true);
    const names = (method: string) => fieldRules(s, { 'paymentMethod.type': method }).map((rule) => rule.name);
    expect(names('card')).to.deep.equal(['customerDetails.email']);
    expect(names('valu')).to.deep.equal(['customerDetails.email', 'customerDetails.name', 'customerDetails.phoneCallingCode', 'customerDetails.phone', 'paymentMethod.valu.planId']);
  });

  it('wants an Egyptian mobile number for a wallet, and a plan for valU', () => {
    const s = session();
    const errors = (values: Record<string, string>) => validateFields(fieldRules(s, values), values);
    const wallet = { 'customerDetails.email': 'a@b.co', 'paymentMethod.type': 'wallet', 'customerDetails.phoneCallingCode': '+20' };
    expect(errors({ ...wallet, 'customerDetails.phone': '0221234567' }).get('customerDetails.phone')?.key).to.equal('validation.walletPhone');
    expect(errors({ ...wallet, 'customerDetails.phone': '٠١٠١٢٣٤٥٦٧٨' }).size).to.equal(0);
    const valu = { 'customerDetails.email': 'a@b.co', 'customerDetails.name': 'Mona', 'paymentMethod.type': 'valu', 'customerDetails.phoneCallingCode': '+20', 'customerDetails.phone': '1012345678' };
    expect(errors(valu).get('paymentMethod.valu.planId')?.key).to.equal('validation.planRequired');
    expect(errors({ ...valu, 'paymentMethod.valu.planId': 'valu_6' }).size).to.equal(0);
  });

  it('sends what the chosen method needs, the plan, and the total the customer saw', () => {
    const s = session();
    const values = {
      'customerDetails.email': 'a@b.co',
      'customerDetails.name': ' Mona ',
      'customerDetails.phoneCallingCode': '+20',
      'customerDetails.phone': '1012345678',
      'paymentMethod.type': 'valu',
      'paymentMethod.valu.planId': 'valu_6',
    };
    expect(buildConfirmBody(s, values)).to.deep.equal({
      customerDetails: { email: 'a@b.co', name: 'Mona', phone: '+201012345678' },
      paymentMethod: { type: 'valu', valu: { planId: 'valu_6' } },
      expectedAmountTotal: 150000,
    });
    // Switching to a card keeps the values but sends only what a card needs.
    expect(buildConfirmBody(s, { ...values, 'paymentMethod.type': 'card' })).to.deep.equal({
      customerDetails: { email: 'a@b.co' },
      paymentMethod: { type: 'card' },
      expectedAmountTotal: 150000,
    });
  });

  it('says why a method is missing: below its minimum or above its maximum', () => {
    const small = session({ amountTotal: 20000 });
    expect(availableMethods(small).map((m) => m.type)).to.deep.equal(['card', 'wallet', 'fawry']);
    expect(unavailableMethods(small).map(({ method, reason, limit }) => [method.type, reason, limit])).to.deep.equal([['valu', 'too_small', 50000]]);
    const large = session({ amountTotal: 5000000 });
    expect(unavailableMethods(large).map(({ method, reason, limit }) => [method.type, reason, limit])).to.deep.equal([['wallet', 'too_large', 3000000]]);
    expect(unavailableMethods(session())).to.deep.equal([]);
  });
});

describe('fee labels', () => {
  it('names the fee by what causes it', () => {
    const fees = (paymentMethodType: string, isInternational = false) =>
      testSession({ fees: { paymentMethodType, feeAmount: 100, cardInfo: { brand: 'visa', isOnUs: false, isInternational } } }).fees;
    expect(feeLabelKey(fees('card'))).to.equal('summary.fee.card');
    expect(feeLabelKey(fees('card', true))).to.equal('summary.fee.internationalCard');
    expect(feeLabelKey(fees('valu'))).to.equal('summary.fee.valu');
    expect(feeLabelKey(fees('wallet'))).to.equal('summary.fee.wallet');
    expect(feeLabelKey(fees('fawry'))).to.equal('summary.fee.fawry');
    expect(feeLabelKey(fees('bank_transfer'))).to.equal('summary.platformFee');
    expect(feeLabelKey(null)).to.equal('summary.platformFee');
    expect(vatLabelKey(fees('card'))).to.equal('summary.feeVat');
    expect(vatLabelKey(null)).to.equal('summary.vat');
  });
});

describe('after completion', () => {
  const withAfter = (afterCompletion: unknown) => testSession({ id: 'cs_test_form', afterCompletion });

  it('redirects only to https (or a loopback host), with the session id filled in', () => {
    expect(completionRedirect(withAfter({ type: 'redirect', redirect: { url: 'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}' } }))).to.equal(
      'https://shop.example/thanks?cs=cs_test_form',
    );
    expect(completionRedirect(withAfter({ type: 'redirect', redirect: { url: 'http://127.0.0.1:5173/done' } }))).to.equal('http://127.0.0.1:5173/done');
    expect(completionRedirect(withAfter({ type: 'redirect', redirect: { url: 'http://shop.example/thanks' } }))).to.equal(null);
    expect(completionRedirect(withAfter({ type: 'redirect', redirect: { url: 'javascript:alert(1)' } }))).to.equal(null);
    expect(completionRedirect(withAfter({ type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'Thanks' } }))).to.equal(null);
  });

  it("shows the merchant's message only for a hosted confirmation", () => {
    expect(completionMessage(withAfter({ type: 'hosted_confirmation', hostedConfirmation: { customMessage: '  See you soon  ' } }))).to.equal('See you soon');
    expect(completionMessage(withAfter({ type: 'hosted_confirmation', hostedConfirmation: { customMessage: '   ' } }))).to.equal(null);
    expect(completionMessage(withAfter(null))).to.equal(null);
  });
});

describe('the step a local method waits on', () => {
  const intent = (nextAction: unknown, status = 'open') =>
    testSession({ status, paymentIntent: { id: 'pi_1', status: 'requires_action', nextAction } });

  it('reads a code or a reference from an open session only', () => {
    const otp = { type: 'verify_otp', verifyOtp: { channel: 'sms', phoneHint: '•••• 5678', codeLength: 6, attemptsRemaining: 3, expiresAt: null } };
    const voucher = { type: 'display_voucher', displayVoucher: { provider: 'fawry', reference: '931204578', amount: 150000, currency: 'EGP', expiresAt: null } };
    expect(nextStep(intent(otp))).to.equal('verify_otp');
    expect(nextStep(intent(voucher))).to.equal('display_voucher');
    expect(nextStep(intent(voucher, 'complete'))).to.equal(null);
    expect(nextStep(intent({ type: 'verify_otp' }))).to.equal(null);
    expect(nextStep(intent(null))).to.equal(null);
  });
});
