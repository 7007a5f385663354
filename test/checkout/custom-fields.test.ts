import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { deepActiveElement, field, paymentForm } from '../support/form.js';
import { createSession, retrieveSession } from '../support/sandbox.js';
import { DELIVERY_SLOT } from '../forms/session.js';

const customFields = [
  { key: 'gift_note', label: 'Gift note', type: 'TEXT', isOptional: true, maxCharacters: 20 },
  { key: 'national_id', label: 'National ID', type: 'NUMERIC', minCharacters: 4, maxCharacters: 6 },
  DELIVERY_SLOT,
];

const SLOT = 'customFields.delivery_slot';

async function openSession() {
  const session = await createSession({ customFields });
  const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
  await checkout.state('open');
  return { session, checkout };
}

function messageFor(input: Element): string {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

async function dropdown(checkout: CheckoutHarness): Promise<HTMLSelectElement> {
  const select = await field(checkout.element, SLOT);
  if (!(select instanceof HTMLSelectElement)) throw new Error('the DROPDOWN field is not a native select');
  return select;
}

describe('<xpay-checkout> custom fields', () => {
  afterEach(() => fixtureCleanup());
  afterEach(() => document.querySelectorAll('xpay-checkout').forEach((element) => element.remove()));

  it('renders the fields in order with their labels; optional ones say so', async () => {
    const { checkout } = await openSession();
    const form = shadow(await paymentForm(checkout.element));
    const section = form.querySelector('.custom-fields')!.closest('fieldset')!;
    expect(section.querySelector('legend')!.textContent!.trim()).to.equal('Additional information');
    const labels = [...form.querySelectorAll('.custom-fields label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Gift note (optional)', 'National ID', 'Delivery slot']);
    expect((await field(checkout.element, 'customFields.national_id')).getAttribute('inputmode')).to.equal('numeric');
    // A native select, nothing chosen until the customer chooses.
    const select = await dropdown(checkout);
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Choose…', 'Morning', 'Afternoon', 'Evening']);
    expect(select.value).to.equal('');
  });

  it('TEXT shows a live character count against its limit', async () => {
    const { checkout } = await openSession();
    await checkout.fill('customFields.gift_note', 'Happy day');
    const form = shadow(await paymentForm(checkout.element));
    expect(form.querySelector('.counter')!.textContent).to.equal('9 of 20 characters');
  });

  it('pressing pay validates every field: nothing submitted, focus on the first invalid, messages linked', async () => {
    const { checkout } = await openSession();
    await checkout.fill('customerDetails.email', 'fields@example.com');
    await checkout.fill('customFields.gift_note', 'x'.repeat(25));
    await checkout.fill('customFields.national_id', '12a');
    await checkout.fillCard();
    const form = await paymentForm(checkout.element);
    const note = await field(checkout.element, 'customFields.gift_note');
    let submitted = 0;
    form.addEventListener('xpay-submit', () => submitted++);
    const focused = oneEvent(note, 'focus');
    await checkout.pay();
    await focused;
    await form.updateComplete;
    expect(deepActiveElement() === note, 'focus on the first invalid field').to.equal(true);
    expect(messageFor(note)).to.include('Use at most 20 characters.');
    const nationalId = await field(checkout.element, 'customFields.national_id');
    expect(nationalId.getAttribute('aria-invalid')).to.equal('true');
    expect(messageFor(nationalId)).to.include('Use digits only.');
    const select = await dropdown(checkout);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(messageFor(select)).to.include('Choose an option for “Delivery slot”.');
    await expect(checkout.element).to.be.accessible();
    expect(submitted, 'an invalid form is never submitted').to.equal(0);
    expect(checkout.element.getAttribute('state')).to.equal('open');

    // Pressed once, each field re-validates as the customer types.
    await checkout.fill('customFields.national_id', '123');
    expect(messageFor(await field(checkout.element, 'customFields.national_id'))).to.include('Enter at least 4 characters.');
    await checkout.fill('customFields.national_id', '1234');
    expect((await field(checkout.element, 'customFields.national_id')).getAttribute('aria-invalid')).to.equal('false');
  });

  it('the dropdown works by keyboard inside the checkout and the confirm sends [{key, value}]', async () => {
    const { session, checkout } = await openSession();
    await checkout.fill('customerDetails.email', 'slot@example.com');
    await checkout.fill('customFields.national_id', '٤٥٦٧');
    const select = await dropdown(checkout);
    select.focus();
    // Type-ahead on the closed select, as a keyboard user chooses.
    await sendKeys({ type: 'e' });
    const form = await paymentForm(checkout.element);
    await form.updateComplete;
    expect(select.value).to.equal('evening');
    await checkout.fillCard();
    await checkout.pay();
    await checkout.state('complete');
    const stored = await retrieveSession(session.id);
    const values = Object.fromEntries(stored.customFields.map((f) => [f.key, f.text?.value ?? f.numeric?.value ?? f.dropdown?.value ?? null]));
    expect(values).to.deep.equal({ gift_note: null, national_id: '4567', delivery_slot: 'evening' });
  });
});
