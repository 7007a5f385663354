import { expect } from '@open-wc/testing';
import { buildConfirmBody, defaultCountry, initialValues, splitPhone } from '../../src/forms/checkout-values.js';
import { testSession as session } from '../forms/session.js';

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
      session({ customerDetails: { email: 'a@b.co', name: null, phone: '+201001234567', billingDetails: null, shipping: null }, customer: { name: 'Old', email: 'old@b.co' } }),
      'en',
      'card',
    );
    expect(values['customerDetails.email']).to.equal('a@b.co');
    expect(values['customerDetails.name']).to.equal('Old');
    expect(values['customerDetails.phoneCallingCode']).to.equal('+20');
  });

  it('sends only what the session asks for, with Latin digits', () => {
    const body = buildConfirmBody(
      session({ phoneNumberCollection: true, customFields: [{ key: 'id', label: 'ID', type: 'NUMERIC', isOptional: false }] }),
      { 'customerDetails.email': ' x@y.co ', 'customerDetails.phoneCallingCode': '+20', 'customerDetails.phone': '٠١٠ ١٢٣٤ ٥٦٧٨', 'customFields.id': '١٢٣', 'paymentMethod.type': 'wallet' },
    );
    expect(body).to.deep.equal({
      customerDetails: { email: 'x@y.co', phone: '+201012345678' },
      customFields: [{ key: 'id', value: '123' }],
      paymentMethod: { type: 'wallet' },
    });
  });

  it('sends the card as its type only: card data never passes through the form', () => {
    const body = buildConfirmBody(session({ nameCollection: true }), {
      'customerDetails.email': 'card@example.com',
      'customerDetails.name': 'Card Holder',
      'paymentMethod.type': 'card',
    });
    expect(body.paymentMethod).to.deep.equal({ type: 'card' });
  });

  it('ships to the billing address (and name) when "same as billing" is checked', () => {
    const billing = 'customerDetails.billingDetails.address';
    const body = buildConfirmBody(session({ nameCollection: true, billingAddressCollection: true, shippingAddressCollection: true }), {
      'customerDetails.email': 'ship@example.com',
      'customerDetails.name': ' Nadia ',
      [`${billing}.country`]: 'GB',
      [`${billing}.line1`]: '1 High St',
      [`${billing}.city`]: 'London',
      [`${billing}.postalCode`]: 'sw1a1aa',
      'customerDetails.shipping.address.country': 'EG',
      'customerDetails.shipping.address.line1': 'ignored',
      shippingSameAsBilling: 'true',
      'paymentMethod.type': 'card',
    });
    const address = { line1: '1 High St', line2: '', city: 'London', state: '', postalCode: 'SW1A 1AA', country: 'GB' };
    expect(body.customerDetails).to.deep.equal({
      email: 'ship@example.com',
      name: 'Nadia',
      billingDetails: { name: 'Nadia', address },
      shipping: { name: 'Nadia', address },
    });
  });
});
