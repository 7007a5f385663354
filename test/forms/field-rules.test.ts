import { expect } from '@open-wc/testing';
import { fieldForParam, fieldLength, fieldRules, serverErrorAt, serverFieldError, validateFields } from '../../src/forms/field-rules.js';
import type { FormValues } from '../../src/forms/checkout-values.js';
import type { CustomField } from '../../src/api/schema.js';
import { DELIVERY_SLOT, testSession } from './session.js';

const BILLING = 'customerDetails.billingDetails.address';
const SHIPPING = 'customerDetails.shipping.address';

/** The first message of `name` for `values`, or null: what the field would show. */
function errorOf(session: ReturnType<typeof testSession>, values: FormValues, name: string) {
  const errors = validateFields(fieldRules(session, values), values);
  return errors.get(name) ?? null;
}

const names = (session: ReturnType<typeof testSession>, values: FormValues) => fieldRules(session, values).map((rule) => rule.name);

describe('fieldRules', () => {
  it('lists the fields in the order the customer sees them', () => {
    const session = testSession({
      nameCollection: true,
      phoneNumberCollection: true,
      billingAddressCollection: true,
      shippingAddressCollection: true,
      customFields: [{ key: 'note', label: 'Note', type: 'TEXT', isOptional: true }, DELIVERY_SLOT],
    });
    expect(names(session, { [`${BILLING}.country`]: 'US', [`${SHIPPING}.country`]: 'DE' })).to.deep.equal([
      'customerDetails.email',
      'customerDetails.name',
      'customerDetails.phoneCallingCode',
      'customerDetails.phone',
      `${BILLING}.country`,
      `${BILLING}.line1`,
      `${BILLING}.line2`,
      `${BILLING}.city`,
      `${BILLING}.state`,
      `${BILLING}.postalCode`,
      'customerDetails.shipping.name',
      `${SHIPPING}.country`,
      `${SHIPPING}.line1`,
      `${SHIPPING}.line2`,
      `${SHIPPING}.postalCode`,
      `${SHIPPING}.city`,
      'customFields.note',
      'customFields.delivery_slot',
    ]);
  });

  it('every required field says which one it is when empty, and carries its label', () => {
    const session = testSession({
      nameCollection: true,
      phoneNumberCollection: true,
      billingAddressCollection: true,
      shippingAddressCollection: true,
      customFields: [{ key: 'ref', label: 'Reference', type: 'NUMERIC' }, DELIVERY_SLOT],
    });
    const values = { [`${BILLING}.country`]: 'US', [`${SHIPPING}.country`]: 'CA', 'customerDetails.phoneCallingCode': '+1' };
    const rules = fieldRules(session, values);
    const empty = Object.fromEntries([...validateFields(rules, values)].map(([name, error]) => [name, error]));
    expect(empty).to.deep.equal({
      'customerDetails.email': { key: 'validation.emailRequired' },
      'customerDetails.name': { key: 'validation.nameRequired' },
      'customerDetails.phone': { key: 'validation.phoneRequired' },
      [`${BILLING}.line1`]: { key: 'validation.line1Required' },
      [`${BILLING}.city`]: { key: 'validation.cityRequired' },
      [`${BILLING}.state`]: { key: 'validation.regionRequired' },
      [`${BILLING}.postalCode`]: { key: 'validation.postalCodeRequired' },
      'customerDetails.shipping.name': { key: 'validation.recipientRequired' },
      [`${SHIPPING}.line1`]: { key: 'validation.line1Required' },
      [`${SHIPPING}.city`]: { key: 'validation.cityRequired' },
      [`${SHIPPING}.state`]: { key: 'validation.regionRequired' },
      [`${SHIPPING}.postalCode`]: { key: 'validation.postalCodeRequired' },
      'customFields.ref': { key: 'validation.fieldRequired', params: { label: 'Reference' } },
      'customFields.delivery_slot': { key: 'validation.optionRequired', params: { label: 'Delivery slot' } },
    });
    const labels = Object.fromEntries(rules.map((rule) => [rule.name, rule.label]));
    expect(labels).to.deep.include({
      'customerDetails.email': { key: 'field.email' },
      'customerDetails.phoneCallingCode': { key: 'field.callingCode' },
      [`${BILLING}.country`]: { key: 'field.country' },
      [`${BILLING}.state`]: { key: 'field.state' },
      [`${SHIPPING}.state`]: { key: 'field.province' },
      [`${BILLING}.postalCode`]: { key: 'field.zipCode' },
      'customerDetails.shipping.name': { key: 'field.recipient' },
      'customFields.ref': { text: 'Reference' },
    });
  });

  it('a provider saying a value is missing reads as the field itself says it; other codes as before', () => {
    const session = testSession({ phoneNumberCollection: true, customFields: [{ key: 'note', label: 'Note', type: 'TEXT', isOptional: true }] });
    const rule = (name: string) => fieldRules(session, {}).find((candidate) => candidate.name === name)!;
    expect(serverFieldError(rule('customerDetails.phone'), 'parameter_missing')).to.deep.equal({ key: 'validation.phoneRequired' });
    expect(serverFieldError(rule('customerDetails.email'), 'email_invalid')).to.deep.equal({ key: 'validation.email' });
    // An optional field the provider wants anyway: nothing more specific to say.
    expect(serverFieldError(rule('customFields.note'), 'parameter_missing')).to.deep.equal({ key: 'validation.required' });
    expect(serverFieldError(rule('customerDetails.email'), 'something_new')).to.deep.equal({ key: 'validation.rejected' });
  });

  it('asks only for email when the session collects nothing else', () => {
    expect(names(testSession(), {})).to.deep.equal(['customerDetails.email']);
  });

  it('reuses the billing address and name for shipping when "same as billing" is checked', () => {
    const session = testSession({ nameCollection: true, billingAddressCollection: true, shippingAddressCollection: true });
    const same = names(session, { [`${BILLING}.country`]: 'EG', shippingSameAsBilling: 'true' });
    expect(same.filter((name) => name.startsWith('customerDetails.shipping'))).to.deep.equal([]);
    // Without a collected name, the recipient is still asked for.
    const unnamed = testSession({ billingAddressCollection: true, shippingAddressCollection: true });
    expect(names(unnamed, { shippingSameAsBilling: 'true' })).to.include('customerDetails.shipping.name');
  });

  describe('email', () => {
    const session = testSession();
    const email = (value: string) => errorOf(session, { 'customerDetails.email': value }, 'customerDetails.email');
    it('is required', () => {
      expect(email('')).to.deep.equal({ key: 'validation.emailRequired' });
      expect(email('   ')).to.deep.equal({ key: 'validation.emailRequired' });
    });
    it('accepts real addresses, spaces around them included', () => {
      for (const value of ['name@example.com', ' a.b+tag@mail.example.co.uk ', 'أحمد@مثال.مصر']) expect(email(value), value).to.equal(null);
    });
    it('refuses what cannot be an address', () => {
      for (const value of ['name', 'name@', 'name@example', 'na me@example.com', 'a@b@c.com', 'name@.com', `${'x'.repeat(250)}@e.co`]) {
        expect(email(value), value).to.deep.equal({ key: 'validation.email' });
      }
    });
  });

  describe('postal codes per country', () => {
    const session = testSession({ billingAddressCollection: true });
    const postal = (country: string, value: string) =>
      errorOf(session, { [`${BILLING}.country`]: country, [`${BILLING}.postalCode`]: value }, `${BILLING}.postalCode`);

    it('US: a ZIP or ZIP+4, required', () => {
      expect(postal('US', '10001')).to.equal(null);
      expect(postal('US', '10001-1234')).to.equal(null);
      expect(postal('US', '')).to.deep.equal({ key: 'validation.postalCodeRequired' });
      expect(postal('US', '1000')).to.deep.equal({ key: 'validation.postalCode', params: { example: '10001' } });
    });
    it('GB and CA: letters in any case, with or without the space', () => {
      expect(postal('GB', 'sw1a1aa')).to.equal(null);
      expect(postal('GB', 'SW1A 1AA')).to.equal(null);
      expect(postal('GB', '12345')).to.deep.equal({ key: 'validation.postalCode', params: { example: 'SW1A 1AA' } });
      expect(postal('CA', 'k1a0b1')).to.equal(null);
      expect(postal('CA', 'D1A 0B1')).to.deep.equal({ key: 'validation.postalCode', params: { example: 'K1A 0B1' } });
    });
    it('DE and NL: their own formats, required', () => {
      expect(postal('DE', '10115')).to.equal(null);
      expect(postal('DE', '')).to.deep.equal({ key: 'validation.postalCodeRequired' });
      expect(postal('NL', '1012js')).to.equal(null);
      expect(postal('NL', '0123 AB')).to.not.equal(null);
    });
    it('EG, SA and KW: optional, but checked when typed, in Arabic-Indic digits too', () => {
      expect(postal('EG', '')).to.equal(null);
      expect(postal('EG', '١١٥١١')).to.equal(null);
      expect(postal('EG', '115')).to.deep.equal({ key: 'validation.postalCode', params: { example: '11511' } });
      expect(postal('SA', '12345-6789')).to.equal(null);
      expect(postal('KW', '')).to.equal(null);
    });
    it('AE and QA have no postal code input at all', () => {
      for (const country of ['AE', 'QA']) expect(names(session, { [`${BILLING}.country`]: country })).to.not.include(`${BILLING}.postalCode`);
    });
    it('a country outside the table only guards against slips', () => {
      expect(postal('ZZ', '')).to.equal(null);
      expect(postal('ZZ', 'A')).to.deep.equal({ key: 'validation.minLength', params: { count: 2 } });
      expect(postal('ZZ', 'AB-1234')).to.equal(null);
    });
  });

  describe('address parts', () => {
    const session = testSession({ billingAddressCollection: true });
    const address = (country: string, values: FormValues = {}) => ({ [`${BILLING}.country`]: country, ...values });

    it('requires the address line and city everywhere, never the second line', () => {
      const values = address('EG');
      expect(errorOf(session, values, `${BILLING}.line1`)).to.deep.equal({ key: 'validation.line1Required' });
      expect(errorOf(session, values, `${BILLING}.city`)).to.deep.equal({ key: 'validation.cityRequired' });
      expect(errorOf(session, values, `${BILLING}.line2`)).to.equal(null);
    });
    it('requires a state where the country does (US), not where it is optional (EG governorate)', () => {
      expect(errorOf(session, address('US'), `${BILLING}.state`)).to.deep.equal({ key: 'validation.regionRequired' });
      expect(names(session, address('EG'))).to.include(`${BILLING}.state`);
      expect(errorOf(session, address('EG'), `${BILLING}.state`)).to.equal(null);
      expect(names(session, address('DE'))).to.not.include(`${BILLING}.state`);
    });
  });

  describe('phone', () => {
    const session = testSession({ phoneNumberCollection: true });
    const phone = (callingCode: string, value: string) =>
      errorOf(session, { 'customerDetails.phoneCallingCode': callingCode, 'customerDetails.phone': value }, 'customerDetails.phone');

    it('is required', () => {
      expect(phone('+20', '')).to.deep.equal({ key: 'validation.phoneRequired' });
      expect(phone('+20', ' - ')).to.deep.equal({ key: 'validation.phoneRequired' });
    });
    it('accepts national numbers as people type them, in any digits', () => {
      expect(phone('+20', '010 1234 5678')).to.equal(null);
      expect(phone('+20', '٠١٠١٢٣٤٥٦٧٨')).to.equal(null);
      expect(phone('+1', '(212) 555-0100')).to.equal(null);
      expect(phone('+20', '+971501234567')).to.equal(null);
    });
    it('refuses numbers too short or too long for E.164', () => {
      expect(phone('+20', '123')).to.deep.equal({ key: 'validation.phone' });
      expect(phone('+20', '1234567890123456')).to.deep.equal({ key: 'validation.phone' });
    });
    it('is judged with the calling code chosen beside it', () => {
      expect(phone('+965', '1234')).to.deep.equal({ key: 'validation.phone' });
      expect(phone('+965', '12345678')).to.equal(null);
    });
  });

  describe('custom fields', () => {
    const session = testSession({
      customFields: [
        { key: 'gift_note', label: 'Gift note', type: 'TEXT', isOptional: true, maxCharacters: 20 },
        { key: 'nickname', label: 'Nickname', type: 'TEXT', minCharacters: 3 },
        { key: 'national_id', label: 'National ID', type: 'NUMERIC', minCharacters: 4, maxCharacters: 6 },
        DELIVERY_SLOT,
        { ...DELIVERY_SLOT, key: 'wrap', label: 'Wrapping', isOptional: true },
      ],
    });
    const custom = (key: string, value: string) => errorOf(session, { [`customFields.${key}`]: value }, `customFields.${key}`);

    it('TEXT: optional may stay empty; its maximum counts the trimmed text', () => {
      expect(custom('gift_note', '')).to.equal(null);
      expect(custom('gift_note', 'x'.repeat(20))).to.equal(null);
      expect(custom('gift_note', ` ${'x'.repeat(20)} `)).to.equal(null);
      expect(custom('gift_note', 'x'.repeat(21))).to.deep.equal({ key: 'validation.maxLength', params: { count: 20 } });
    });
    it('TEXT: a required field asks for itself by its label when empty, and says "at least" when short', () => {
      expect(custom('nickname', '')).to.deep.equal({ key: 'validation.fieldRequired', params: { label: 'Nickname' } });
      expect(custom('nickname', 'ab')).to.deep.equal({ key: 'validation.minLength', params: { count: 3 } });
      expect(custom('nickname', 'abc')).to.equal(null);
    });
    it('NUMERIC: digits only (any script), counted as digits against its limits', () => {
      expect(custom('national_id', '')).to.deep.equal({ key: 'validation.fieldRequired', params: { label: 'National ID' } });
      expect(custom('national_id', '12a')).to.deep.equal({ key: 'validation.digitsOnly' });
      expect(custom('national_id', '12 34')).to.deep.equal({ key: 'validation.digitsOnly' });
      expect(custom('national_id', '123')).to.deep.equal({ key: 'validation.minLength', params: { count: 4 } });
      expect(custom('national_id', '١٢٣٤')).to.equal(null);
      expect(custom('national_id', '1234567')).to.deep.equal({ key: 'validation.maxLength', params: { count: 6 } });
    });
    it('DROPDOWN: a required one must be chosen, and only a listed option counts', () => {
      expect(custom('delivery_slot', '')).to.deep.equal({ key: 'validation.optionRequired', params: { label: 'Delivery slot' } });
      expect(custom('delivery_slot', 'evening')).to.equal(null);
      expect(custom('delivery_slot', 'midnight')).to.deep.equal({ key: 'validation.optionUnknown' });
      expect(custom('wrap', '')).to.equal(null);
      expect(custom('wrap', 'midnight')).to.deep.equal({ key: 'validation.optionUnknown' });
    });
    it('fieldLength is what the counter shows', () => {
      const [note, , id] = session.customFields as CustomField[];
      expect(fieldLength(note, ' hello ')).to.equal(5);
      expect(fieldLength(id, '١٢-٣٤')).to.equal(4);
    });
  });
});

describe('fieldForParam', () => {
  const session = testSession({
    nameCollection: true,
    billingAddressCollection: true,
    shippingAddressCollection: true,
    customFields: [{ key: 'note', label: 'Note', type: 'TEXT' }],
  });
  const rules = (values: FormValues = {}) => fieldRules(session, { [`${BILLING}.country`]: 'EG', [`${SHIPPING}.country`]: 'EG', ...values });

  it('finds a field by its own name, or by a part of it', () => {
    expect(fieldForParam('customerDetails.email', rules())).to.equal('customerDetails.email');
    expect(fieldForParam('customFields.note', rules())).to.equal('customFields.note');
    expect(fieldForParam('customFields.note.value', rules())).to.equal('customFields.note');
  });
  it('a param naming a group lands on its first field', () => {
    expect(fieldForParam(BILLING, rules())).to.equal(`${BILLING}.country`);
  });
  it('the billing name is the name field; a shipping address "same as billing" is the billing address', () => {
    expect(fieldForParam('customerDetails.billingDetails.name', rules())).to.equal('customerDetails.name');
    expect(fieldForParam(`${SHIPPING}.line1`, rules())).to.equal(`${SHIPPING}.line1`);
    expect(fieldForParam(`${SHIPPING}.line1`, rules({ shippingSameAsBilling: 'true' }))).to.equal(`${BILLING}.line1`);
    expect(fieldForParam('customerDetails.shipping.name', rules({ shippingSameAsBilling: 'true' }))).to.equal('customerDetails.name');
  });
  it('is null for what the form does not show (the card lives in its frame)', () => {
    expect(fieldForParam('paymentMethod.id', rules())).to.equal(null);
    expect(fieldForParam('customerDetails.phone', rules())).to.equal(null);
    expect(fieldForParam('customFields.unknown', rules())).to.equal(null);
  });
});

describe('serverErrorAt', () => {
  const session = testSession({ nameCollection: true, billingAddressCollection: true });
  const rules = fieldRules(session, { [`${BILLING}.country`]: 'EG' });

  it('places a provider 400 at the field its param names, with that field’s own message', () => {
    expect(serverErrorAt('customerDetails.email', 'email_invalid', rules)).to.deep.equal({ name: 'customerDetails.email', message: { key: 'validation.email' } });
    expect(serverErrorAt('customerDetails.billingDetails.name', 'parameter_missing', rules)?.name).to.equal('customerDetails.name');
  });
  it('is null for a param the form shows no field for, so the error shows elsewhere', () => {
    expect(serverErrorAt('customerDetails.taxIds', 'parameter_missing', rules)).to.equal(null);
    expect(serverErrorAt('paymentMethod', 'parameter_missing', rules)).to.equal(null);
  });
});
