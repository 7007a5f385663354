import { expect } from '@open-wc/testing';
import { captureWarningsPerTest } from '../support/spies.js';
import { parseSession } from '../../src/api/schema.js';
import { minimalSessionBody } from './helpers.js';

const minimal = minimalSessionBody();

describe('session schema', () => {
  const warnings = captureWarningsPerTest();

  it('accepts the seed’s example object', async () => {
    const seed = await (await fetch(new URL('../fixtures/seed-session.json', import.meta.url))).json();
    const session = parseSession(seed);
    expect(session).to.not.equal(null);
    expect(session!.currency).to.equal('EGP');
    expect(session!.presentmentDetails!.currency).to.equal('KWD');
    expect(session!.presentmentDetails!.exchangeRate).to.equal(168.2);
    expect(session!.lineItems[0].description).to.equal('Premium Plan - Monthly');
    expect(session!.brandingSettings!.inputStyle).to.equal('flat');
    expect(session!.livemode).to.equal(true);
  });

  it('accepts a minimal session where everything optional is absent or null', () => {
    expect(parseSession(minimal)).to.not.equal(null);
    const withNulls = { ...minimal, customer: null, paymentIntent: null, url: null, customFields: null, brandingSettings: null, locale: null };
    const session = parseSession(withNulls)!;
    expect(session.customer).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });

  it('rejects a missing or mistyped required field', () => {
    for (const field of ['id', 'object', 'status', 'uiMode', 'currency', 'amountSubtotal', 'amountTotal', 'lineItems', 'expiresAt']) {
      const { [field]: _removed, ...rest } = minimal;
      expect(parseSession(rest), `without ${field}`).to.equal(null);
    }
    expect(parseSession({ ...minimal, amountTotal: '1000' })).to.equal(null);
    expect(parseSession({ ...minimal, amountTotal: 10.5 })).to.equal(null);
    expect(parseSession({ ...minimal, currency: 'EG' })).to.equal(null);
    expect(parseSession({ ...minimal, lineItems: [{ id: 'li_1' }] })).to.equal(null);
    expect(parseSession(null)).to.equal(null);
  });

  it('falls back to the default for an unknown enum value, with a warning', () => {
    const session = parseSession({ ...minimal, submitType: 'PLEDGE', paymentStatus: 'weird' })!;
    expect(session.submitType).to.equal('PAY');
    expect(session.paymentStatus).to.equal('unpaid');
    expect(warnings.some((w) => w.includes('PLEDGE'))).to.equal(true);
  });

  it('drops a mistyped optional field with a warning instead of failing', () => {
    const session = parseSession({ ...minimal, allowPromotionCodes: 'yes', merchantName: 42 })!;
    expect(session.allowPromotionCodes).to.equal(null);
    expect(session.merchantName).to.equal(null);
    expect(warnings.length).to.equal(2);
  });

  it('reads what a confirm left on the session: custom field values, the customer’s email, the card a receipt shows', () => {
    const session = parseSession({
      ...minimal,
      customerDetails: { email: 'layla@example.com', name: 'Layla', phone: '+201001234567' },
      customFields: [
        { key: 'note', label: 'Note', type: 'TEXT', text: { value: 'Leave at door', maximumLength: 40 } },
        { key: 'floor', label: 'Floor', type: 'NUMERIC', numeric: { value: '3' } },
        { key: 'slot', label: 'Slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Evening', value: 'evening' }], dropdown: { value: 'evening' } },
        { key: 'empty', label: 'Empty', type: 'TEXT', text: { value: null } },
      ],
      paymentIntent: {
        id: 'pi_1',
        status: 'succeeded',
        paymentMethod: { id: 'pm_1', type: 'card', card: { brand: 'mastercard', last4: '4444', expMonth: 12, networks: {} } },
      },
    })!;
    expect(session.customerDetails!.email).to.equal('layla@example.com');
    expect(session.customFields!.map((field) => field.text?.value ?? field.numeric?.value ?? field.dropdown?.value ?? null)).to.deep.equal([
      'Leave at door',
      '3',
      'evening',
      null,
    ]);
    expect(session.paymentIntent!.paymentMethod).to.deep.equal({ type: 'card', card: { brand: 'mastercard', last4: '4444' } });
    expect(warnings).to.deep.equal([]);
  });

  it('drops a mistyped value holder or payment method with a warning, keeping the rest', () => {
    const session = parseSession({
      ...minimal,
      customFields: [
        { key: 'note', label: 'Note', type: 'TEXT', text: { value: 42 } },
        { key: 'slot', label: 'Slot', type: 'DROPDOWN', dropdown: 'evening' },
      ],
      paymentIntent: { id: 'pi_1', paymentMethod: { type: 'card', card: { brand: 7, last4: '4242' } } },
    })!;
    expect(session.customFields![0].text).to.deep.equal({ value: null });
    expect(session.customFields![1].dropdown).to.equal(null);
    expect(session.paymentIntent!.paymentMethod!.card).to.deep.equal({ brand: null, last4: '4242' });
    expect(warnings).to.have.length(3);
  });

  it('reads the seed’s payment method, whose card names neither brand nor last4', async () => {
    const seed = await (await fetch(new URL('../fixtures/seed-session.json', import.meta.url))).json();
    const card = parseSession(seed)!.paymentIntent!.paymentMethod!.card!;
    expect(card.brand ?? null).to.equal(null);
    expect(card.last4 ?? null).to.equal(null);
  });

  it('ignores unknown extra fields and reads amount strings of payment methods as numbers', () => {
    const session = parseSession({
      ...minimal,
      somethingNew: { deep: true },
      paymentMethodTypes: [{ type: 'card', displayName: 'Card', minTransactionAmount: '100', maxTransactionAmount: null }],
    })!;
    expect('somethingNew' in session).to.equal(false);
    expect(session.paymentMethodTypes![0].minTransactionAmount).to.equal(100);
  });

  it('leaves an absent optional field out, and reads null as null', () => {
    const session = parseSession({ ...minimal, cancelUrl: null })!;
    expect('merchantName' in session).to.equal(false);
    expect(session.cancelUrl).to.equal(null);
    expect(Object.keys(session.lineItems[0]).sort()).to.deep.equal(['amountSubtotal', 'amountTotal', 'id', 'quantity']);
  });

  it('rejects what the types of required fields forbid, at every depth', () => {
    const item = (patch: Record<string, unknown>) => ({ ...minimal, lineItems: [{ id: 'li_1', quantity: 1, amountSubtotal: 1000, amountTotal: 1000, ...patch }] });
    const refused = [
      { ...minimal, id: 7 },
      { ...minimal, status: null },
      { ...minimal, amountTotal: Number.MAX_SAFE_INTEGER + 1 },
      { ...minimal, currency: 'EGPX' },
      { ...minimal, lineItems: {} },
      { ...minimal, expiresAt: 1893456000 },
      item({ quantity: 1.5 }),
      item({ id: null }),
      [minimal],
      'session',
    ];
    for (const body of refused) expect(parseSession(body), JSON.stringify(body).slice(0, 120)).to.equal(null);
  });

  it('drops an optional object whose own required fields are wrong, with a warning', () => {
    const session = parseSession({
      ...minimal,
      presentmentDetails: { amount: 100, currency: 'KWD', exchangeRate: 0 },
      lineItems: [{ id: 'li_1', quantity: 1, amountSubtotal: 1000, amountTotal: 1000, adjustableQuantity: { enabled: 'yes' }, presentmentDetails: { currency: 7 } }],
    })!;
    expect(session.presentmentDetails).to.equal(null);
    expect(session.lineItems[0].adjustableQuantity).to.equal(null);
    expect(session.lineItems[0].presentmentDetails).to.equal(null);
    expect(warnings).to.have.length(3);
  });

  it('reads a custom field label given as a string or as { custom }', () => {
    const session = parseSession({
      ...minimal,
      customFields: [
        { key: 'a', label: 'Plain', type: 'TEXT' },
        { key: 'b', label: { custom: 'Custom', type: 'custom' }, type: 'NUMERIC' },
      ],
    })!;
    expect(session.customFields!.map((field) => field.label)).to.deep.equal(['Plain', 'Custom']);
    expect(parseSession({ ...minimal, customFields: [{ key: 'c', label: { type: 'custom' }, type: 'TEXT' }] })!.customFields).to.equal(null);
  });

  it('reads amounts of payment methods only as whole minor units', () => {
    const amounts = (value: unknown) => parseSession({ ...minimal, paymentMethodTypes: [{ type: 'card', minTransactionAmount: value }] })!.paymentMethodTypes![0].minTransactionAmount;
    expect(amounts(250)).to.equal(250);
    expect(amounts('250')).to.equal(250);
    expect(amounts('2.50')).to.equal(null);
    expect(amounts(2.5)).to.equal(null);
    expect(amounts('')).to.equal(null);
  });

  it('gives a one-time code step its default length, and keeps a null in a list of required customer fields', () => {
    const session = parseSession({
      ...minimal,
      paymentMethodTypes: [{ type: 'valu', requiredCustomerFields: ['phone', null] }],
      paymentIntent: { id: 'pi_1', nextAction: { type: 'verify_otp', verifyOtp: { channel: 'sms' } } },
    })!;
    expect(session.paymentMethodTypes![0].requiredCustomerFields).to.deep.equal(['phone', null]);
    expect(session.paymentIntent!.nextAction!.verifyOtp!.codeLength).to.equal(6);
    const badLength = parseSession({ ...minimal, paymentIntent: { nextAction: { verifyOtp: { codeLength: '6' } } } })!;
    expect(badLength.paymentIntent!.nextAction!.verifyOtp).to.equal(null);
  });

  it('reads an absent or null optional enum as its default, silently', () => {
    expect(parseSession({ ...minimal, submitType: null })!.submitType).to.equal('PAY');
    expect(parseSession(minimal)!.submitType).to.equal('PAY');
    expect(parseSession({ ...minimal, submitType: 'DONATE' })!.submitType).to.equal('DONATE');
    expect(warnings).to.deep.equal([]);
  });

  it('names every field that fails the parse in its warning', () => {
    parseSession({ ...minimal, id: 1, lineItems: [{ id: 'li_1' }] });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('id');
    expect(warnings[0]).to.contain('lineItems.0.quantity');
  });
});
