import { expect } from '@open-wc/testing';
import { buildConfirmBody, CALLING_CODE, defaultCountry, initialValues, PHONE, splitPhone, withEditedValue } from '../../src/forms/checkout-values.js';
import { editedFields, visibleError } from '../../src/forms/field-feedback.js';
import { restoreValues, startValues } from '../../src/forms/restore-values.js';
import { DELIVERY_SLOT, testSession as session } from '../forms/session.js';

const BILLING = 'customerDetails.billingDetails.address';
const SHIPPING = 'customerDetails.shipping.address';

describe('checkout values', () => {
  it('takes the country from an explicit locale region, else the currency, never from a bare language', () => {
    expect(defaultCountry(session(), 'ar-SA')).to.equal('SA');
    expect(defaultCountry(session(), 'en')).to.equal('EG');
    expect(defaultCountry(session({ currency: 'KWD' }), 'fr')).to.equal('KW');
    expect(defaultCountry(session({ currency: 'XTS' }), 'en')).to.equal('US');
  });

  it('a new billing country brings its calling code, unless a phone or a chosen code is there', () => {
    const country = `${BILLING}.country`;
    expect(withEditedValue({ [CALLING_CODE]: '+20' }, country, 'SA', false)).to.deep.equal({ [CALLING_CODE]: '+966', [country]: 'SA' });
    expect(withEditedValue({ [CALLING_CODE]: '+20', [PHONE]: '1001234567' }, country, 'SA', false)[CALLING_CODE]).to.equal('+20');
    expect(withEditedValue({ [CALLING_CODE]: '+20' }, country, 'SA', true)[CALLING_CODE]).to.equal('+20');
    expect(withEditedValue({ [CALLING_CODE]: '+20' }, 'customerDetails.email', 'a@b.co', false)).to.deep.equal({ [CALLING_CODE]: '+20', 'customerDetails.email': 'a@b.co' });
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
      expectedAmountTotal: 150000,
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

  it('prefills custom fields from the values the session holds (seed 004: text / numeric / dropdown `{ value }`)', () => {
    const stored = session({
      customFields: [
        { key: 'note', label: 'Note', type: 'TEXT', text: { value: 'Leave at door', minimumLength: null } },
        { key: 'id', label: 'ID', type: 'NUMERIC', numeric: { value: '1234' } },
        { ...DELIVERY_SLOT, dropdown: { options: DELIVERY_SLOT.dropdownOptions, value: 'evening' } },
        { ...DELIVERY_SLOT, key: 'gone', dropdown: { value: 'midnight' } },
      ],
    });
    const base = session({ customFields: [{ key: 'note', label: 'Note', type: 'TEXT', text: { value: null } }] });
    const values = initialValues(stored, 'en', 'card');
    expect(values['customFields.note']).to.equal('Leave at door');
    expect(values['customFields.id']).to.equal('1234');
    expect(values['customFields.delivery_slot']).to.equal('evening');
    expect(values, 'an option the field no longer offers').not.to.have.property('customFields.gone');
    expect(initialValues(base, 'en', 'card')).not.to.have.property('customFields.note');
  });
});

describe('restoring what the customer typed into a new session', () => {
  const typed = {
    'customerDetails.email': 'nadia@example.com',
    'customerDetails.name': 'Nadia',
    'customerDetails.phoneCallingCode': '+965',
    'customerDetails.phone': '5000 0000',
    [`${BILLING}.country`]: 'US',
    [`${BILLING}.line1`]: '1 Main St',
    [`${BILLING}.state`]: 'NY',
    [`${SHIPPING}.country`]: 'DE',
    [`${SHIPPING}.line1`]: 'Hauptstr. 1',
    shippingSameAsBilling: '',
    'paymentMethod.type': 'wallet',
    'customFields.delivery_slot': 'evening',
  };

  it('takes exactly the fields the new session asks for, the choices deciding which address inputs exist', () => {
    const next = session({ billingAddressCollection: true, customFields: [DELIVERY_SLOT] });
    const { values, restored } = restoreValues(next, initialValues(next, 'en', 'card'), typed);
    expect(restored.sort()).to.deep.equal(['customFields.delivery_slot', 'customerDetails.email', `${BILLING}.country`, `${BILLING}.line1`, `${BILLING}.state`].sort());
    expect(values).to.include({ 'customerDetails.email': 'nadia@example.com', [`${BILLING}.country`]: 'US', [`${BILLING}.state`]: 'NY', 'paymentMethod.type': 'card' });
    expect(values['customerDetails.name'], 'the name is not asked for').to.equal('');
    expect(values[`${SHIPPING}.line1`]).to.equal(undefined);
  });

  it('keeps a choice only where the new session offers it', () => {
    const next = session({
      phoneNumberCollection: true,
      billingAddressCollection: true,
      shippingAddressCollection: true,
      paymentMethodTypes: [{ type: 'card' }, { type: 'wallet' }],
      customFields: [{ ...DELIVERY_SLOT, dropdownOptions: [{ label: 'Noon', value: 'noon' }] }],
    });
    const { values, restored } = restoreValues(next, initialValues(next, 'en', 'card'), { ...typed, [`${BILLING}.country`]: 'XX' });
    expect(values['paymentMethod.type']).to.equal('wallet');
    expect(values['customerDetails.phoneCallingCode']).to.equal('+965');
    expect(values.shippingSameAsBilling, 'shipping typed apart from billing stays apart').to.equal('');
    expect(values[`${SHIPPING}.line1`]).to.equal('Hauptstr. 1');
    expect(values[`${BILLING}.country`], 'an unknown country is not kept').to.equal('EG');
    expect(restored).not.to.include('customFields.delivery_slot');
    expect(values['customFields.delivery_slot']).to.equal(undefined);
  });

  it('a session start marks what it restored as typed, and shows its errors at once', () => {
    const next = session({ nameCollection: true });
    const { values, feedback } = startValues(next, 'en', { 'customerDetails.email': 'nadia@', 'customerDetails.name': '', 'customerDetails.phone': '0100' });
    expect(values['customerDetails.email']).to.equal('nadia@');
    expect(editedFields(feedback).sort()).to.deep.equal(['customerDetails.email', 'customerDetails.name']);
    expect(visibleError(feedback, 'customerDetails.email', { key: 'validation.email' })).to.deep.equal({ key: 'validation.email' });
    // A field the customer emptied is theirs too, and waits for pay like any untouched one.
    expect(visibleError(feedback, 'customerDetails.name', { key: 'validation.nameRequired' })).to.equal(null);
  });
});
