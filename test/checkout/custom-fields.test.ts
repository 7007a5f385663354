import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { deepActiveElement, field, fill, fillCard, payButton, paymentForm } from '../support/form.js';
import { createSession, retrieveSession } from '../support/sandbox.js';
import { sleep, spyOnFetch } from '../support/spies.js';

const customFields = [
  { key: 'gift_note', label: 'Gift note', type: 'TEXT', isOptional: true, maxCharacters: 20 },
  { key: 'national_id', label: 'National ID', type: 'NUMERIC', minCharacters: 4, maxCharacters: 6 },
  {
    key: 'delivery_slot',
    label: 'Delivery slot',
    type: 'DROPDOWN',
    dropdownOptions: [
      { label: 'Morning', value: 'morning' },
      { label: 'Afternoon', value: 'afternoon' },
      { label: 'Evening', value: 'evening' },
    ],
  },
];

async function openSession() {
  const session = await createSession({ customFields });
  const element = await mountCheckout({ clientSecret: session.clientSecret });
  await waitForState(element, 'open');
  return { session, element };
}

async function dropdown(element: HTMLElement) {
  const select = shadow(await paymentForm(element as any)).querySelector('xpay-select')!;
  await select.updateComplete;
  return select;
}

function messageFor(input: Element): string {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

describe('<xpay-checkout> custom fields', () => {
  afterEach(() => fixtureCleanup());

  it('renders the fields in order with their labels; optional ones say so', async () => {
    const { element } = await openSession();
    const form = shadow(await paymentForm(element));
    const section = form.querySelector('.custom-fields')!.closest('fieldset')!;
    expect(section.querySelector('legend')!.textContent!.trim()).to.equal('Additional information');
    const labels = [...form.querySelectorAll('.custom-fields label')].map((label) => label.textContent!.trim());
    expect(labels[0]).to.equal('Gift note (optional)');
    expect(labels[1]).to.equal('National ID');
    const select = await dropdown(element);
    expect(shadow(select).querySelector('label')!.textContent!.trim()).to.equal('Delivery slot');
    expect((await field(element, 'customFields.national_id')).getAttribute('inputmode')).to.equal('numeric');
  });

  it('TEXT shows a live character count against its limit', async () => {
    const { element } = await openSession();
    await fill(element, 'customFields.gift_note', 'Happy day');
    const form = shadow(await paymentForm(element));
    expect(form.querySelector('.counter')!.textContent).to.equal('9 of 20 characters');
  });

  it('pressing pay validates every field: nothing sent, focus on the first invalid, messages linked', async () => {
    const { element } = await openSession();
    await fill(element, 'customerDetails.email', 'fields@example.com');
    await fill(element, 'customFields.gift_note', 'x'.repeat(25));
    await fill(element, 'customFields.national_id', '12a');
    await fillCard(element);
    const spy = spyOnFetch();
    (await payButton(element)).click();
    await sleep(50);
    spy.restore();
    expect(spy.calls.filter((call) => call.url.endsWith('/confirm'))).to.have.length(0);
    const note = await field(element, 'customFields.gift_note');
    expect(deepActiveElement() === note, 'focus on the first invalid field').to.equal(true);
    expect(messageFor(note)).to.include('Use at most 20 characters.');
    const nationalId = await field(element, 'customFields.national_id');
    expect(nationalId.getAttribute('aria-invalid')).to.equal('true');
    expect(messageFor(nationalId)).to.include('Use digits only.');
    const select = await dropdown(element);
    const combobox = shadow(select).querySelector('[role="combobox"]')!;
    expect(combobox.getAttribute('aria-invalid')).to.equal('true');
    expect(messageFor(combobox)).to.include('Choose an option.');
    await expect(element).to.be.accessible();

    // After the first attempt a field re-validates as the customer types.
    await fill(element, 'customFields.national_id', '123');
    expect(messageFor(await field(element, 'customFields.national_id'))).to.include('Enter at least 4 characters.');
    await fill(element, 'customFields.national_id', '1234');
    expect((await field(element, 'customFields.national_id')).getAttribute('aria-invalid')).to.equal('false');
  });

  it('the dropdown works by keyboard inside the checkout and the confirm sends [{key, value}]', async () => {
    const { session, element } = await openSession();
    await fill(element, 'customerDetails.email', 'slot@example.com');
    await fill(element, 'customFields.national_id', '٤٥٦٧');
    const select = await dropdown(element);
    const combobox = shadow(select).querySelector<HTMLElement>('[role="combobox"]')!;
    combobox.focus();
    await sendKeys({ press: 'ArrowDown' });
    await select.updateComplete;
    expect(combobox.getAttribute('aria-expanded')).to.equal('true');
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'e' });
    await sendKeys({ press: 'Enter' });
    await select.updateComplete;
    expect(combobox.getAttribute('aria-expanded')).to.equal('false');
    await fillCard(element);
    (await payButton(element)).click();
    await waitForState(element, 'complete');
    const stored = await retrieveSession(session.id);
    const values = Object.fromEntries(
      stored.customFields.map((f: any) => [f.key, f.text?.value ?? f.numeric?.value ?? f.dropdown?.value ?? null]),
    );
    expect(values).to.deep.equal({ gift_note: null, national_id: '4567', delivery_slot: 'evening' });
  });
});
