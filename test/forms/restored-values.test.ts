import { expect, fixtureCleanup } from '@open-wc/testing';
import { control, leave, mountForm, type } from './form-fixture.js';
import { DELIVERY_SLOT, testSession } from './session.js';

const EMAIL = 'customerDetails.email';
const NAME = 'customerDetails.name';
const BILLING = 'customerDetails.billingDetails.address';
const SLOT = 'customFields.delivery_slot';

describe('<xpay-payment-form> typed and restored values', () => {
  afterEach(() => fixtureCleanup());

  it('typedValues() is what the customer typed or changed, not what the session prefilled', async () => {
    const session = testSession({ nameCollection: true, billingAddressCollection: true, customerDetails: { email: 'known@example.com', name: null, phone: null } });
    const { form } = await mountForm(session);
    expect(form.typedValues()).to.deep.equal({});
    await type(form, NAME, 'Nadia Fawzy');
    await type(form, `${BILLING}.line1`, '12 Nile St');
    await leave(form);
    expect(form.typedValues()).to.deep.equal({ [NAME]: 'Nadia Fawzy', [`${BILLING}.line1`]: '12 Nile St' });
  });

  it('restoredValues fill the next session where it asks for them, judged at once and kept as typed', async () => {
    const first = await mountForm(testSession({ nameCollection: true, billingAddressCollection: true, customFields: [DELIVERY_SLOT] }));
    await type(first.form, EMAIL, 'nadia@example');
    await type(first.form, NAME, 'Nadia Fawzy');
    const country = control(first.root, `${BILLING}.country`) as HTMLSelectElement;
    country.value = 'US';
    country.dispatchEvent(new Event('change'));
    await first.form.updateComplete;
    await type(first.form, `${BILLING}.state`, 'NY');
    const slot = control(first.root, SLOT) as HTMLSelectElement;
    slot.value = 'evening';
    slot.dispatchEvent(new Event('change'));
    await first.form.updateComplete;
    const typed = first.form.typedValues();
    fixtureCleanup();

    // Start again: a new form, a new session that asks for the address but not the name, with other slots.
    const next = testSession({
      id: 'cs_test_again',
      billingAddressCollection: true,
      customFields: [{ ...DELIVERY_SLOT, dropdownOptions: [{ label: 'Noon', value: 'noon' }] }],
    });
    const { form, root } = await mountForm(next);
    form.restoredValues = typed;
    form.session = testSession({ id: 'cs_test_restored', billingAddressCollection: true, customFields: next.customFields });
    await form.updateComplete;
    expect(control(root, EMAIL).value).to.equal('nadia@example');
    expect(control(root, EMAIL).getAttribute('aria-invalid'), 'judged at once').to.equal('true');
    expect(control(root, `${BILLING}.country`).value).to.equal('US');
    expect(control(root, `${BILLING}.state`).value, 'the US address shows its state, restored').to.equal('NY');
    expect(root.querySelector(`[name="${NAME}"]`), 'no name asked for').to.equal(null);
    expect(control(root, SLOT).value, 'an option the new session lacks is not chosen').to.equal('');
    expect(form.typedValues()).to.deep.equal({ [EMAIL]: 'nadia@example', [`${BILLING}.country`]: 'US', [`${BILLING}.state`]: 'NY' });

    // A later update of the same session (a new total) keeps them; so does the next start.
    form.session = { ...form.session!, amountTotal: 99 };
    await form.updateComplete;
    expect(control(root, EMAIL).value).to.equal('nadia@example');
    form.restoredValues = null;
    form.session = testSession({ id: 'cs_test_third', billingAddressCollection: true });
    await form.updateComplete;
    expect(control(root, EMAIL).value).to.equal('nadia@example');
    expect(control(root, `${BILLING}.state`).value).to.equal('NY');
  });

  it('prefills the custom field values the session already holds', async () => {
    // What a provider keeps of a submitted value (seed 004), through the real schema.
    const stored = testSession({
      customFields: [
        { ...DELIVERY_SLOT, dropdown: { options: DELIVERY_SLOT.dropdownOptions, value: 'evening' } },
        { key: 'note', label: 'Note', type: 'TEXT', isOptional: true, text: { minimumLength: null, maximumLength: null, value: 'Ring twice' } },
      ],
    });
    const { root } = await mountForm(stored);
    expect(control(root, SLOT).value).to.equal('evening');
    expect(control(root, 'customFields.note').value).to.equal('Ring twice');
  });
});
