import { expect } from '@open-wc/testing';
import type { Session } from '../../src/api/schema.js';
import { buildConfirmBody, defaultCountry, initialValues, splitPhone } from '../../src/forms/checkout-values.js';

const session = (extra: Partial<Session> = {}) =>
  ({ id: 'cs_1', object: 'checkout.session', status: 'open', uiMode: 'embedded', currency: 'EGP', amountSubtotal: 100, amountTotal: 100, lineItems: [], expiresAt: '2030-01-01T00:00:00Z', ...extra }) as Session;

describe('checkout values', () => {
  it('takes the country from an explicit locale region, else the currency, never from a bare language', () => {
    expect(defaultCountry(session(), 'ar-SA')).to.equal('SA');
    expect(defaultCountry(session(), 'en')).to.equal('EG');
    expect(defaultCountry(session({ currency: 'KWD' }), 'fr')).to.equal('KW');
    expect(defaultCountry(session({ currency: 'XTS' }), 'en')).to.equal('US');
  });

  it('splits a stored phone number by the longest calling code', () => {
    expect(splitPhone('+201001234567')).to.deep.equal(['+20', '1001234567']);
    expect(splitPhone('+97412345678')).to.deep.equal(['+974', '12345678']);
  });

  it('prefills from customerDetails before customer', () => {
    const values = initialValues(
      session({ customerDetails: { email: 'a@b.co', name: null, phone: '+201001234567', billingDetails: null, shipping: null }, customer: { name: 'Old', email: 'old@b.co' } as Session['customer'] }),
      'en',
      'card',
    );
    expect(values['customerDetails.email']).to.equal('a@b.co');
    expect(values['customerDetails.name']).to.equal('Old');
    expect(values['customerDetails.phoneCallingCode']).to.equal('+20');
  });

  it('sends only what the session asks for, with Latin digits', () => {
    const body = buildConfirmBody(
      session({ phoneNumberCollection: true, customFields: [{ key: 'id', label: 'ID', type: 'NUMERIC', isOptional: false }] as Session['customFields'] }),
      { 'customerDetails.email': ' x@y.co ', 'customerDetails.phoneCallingCode': '+20', 'customerDetails.phone': '٠١٠ ١٢٣٤ ٥٦٧٨', 'customFields.id': '١٢٣', 'paymentMethod.type': 'wallet' },
      null,
    );
    expect(body).to.deep.equal({
      customerDetails: { email: 'x@y.co', phone: '+201012345678' },
      customFields: [{ key: 'id', value: '123' }],
      paymentMethod: { type: 'wallet' },
    });
  });
});
