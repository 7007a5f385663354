import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { field, paymentForm } from '../support/form.js';
import { authenticate, createSession, retrieveSession, testEnv } from '../support/sandbox.js';

const THREE_D_SECURE_CARD = '4000002760003184';
/** Where the bank sends the customer back: the merchant's page, which mounts the session again. */
const RETURN_URL = 'https://shop.example/return?session_id={CHECKOUT_SESSION_ID}';

/** Everything a session can ask for, so a refused return shows what is restored. */
const FULL_FORM = {
  returnUrl: RETURN_URL,
  nameCollection: true,
  phoneNumberCollection: true,
  billingAddressCollection: true,
  shippingAddressCollection: true,
  customFields: [
    { key: 'order_note', label: 'Order note', type: 'TEXT', isOptional: true },
    { key: 'floor', label: 'Floor', type: 'NUMERIC' },
    { key: 'slot', label: 'Delivery slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Morning', value: 'morning' }, { label: 'Evening', value: 'evening' }] },
  ],
};

/** What the customer types into FULL_FORM, by field name (shipping goes to the billing address). */
const TYPED: Record<string, string> = {
  'customerDetails.email': 'layla@example.com',
  'customerDetails.name': 'Layla Hassan',
  'customerDetails.phone': '1001234567',
  'customerDetails.billingDetails.address.line1': '12 Nile Street',
  'customerDetails.billingDetails.address.city': 'Cairo',
  'customerDetails.billingDetails.address.postalCode': '11511',
  'customFields.order_note': 'Leave at door',
  'customFields.floor': '3',
  'customFields.slot': 'evening',
};

/** What the merchant's page heard, in order: event names only. */
const order = (harness: CheckoutHarness) => harness.events.map((event) => event.type);

/** Mounts a session, fills `typed` and pays with the 3-D Secure test card; resolves once the widget leaves for the bank. */
async function leaveForTheBank(session: { clientSecret: string }, typed: Record<string, string>) {
  const harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
  const navigations: string[] = [];
  (harness.element as unknown as { navigateTop: (url: string) => void }).navigateTop = (url) => navigations.push(url);
  await harness.state('open');
  for (const [name, value] of Object.entries(typed)) await harness.fill(name, value);
  await harness.fillCard(THREE_D_SECURE_CARD);
  await harness.pay();
  await waitUntil(() => navigations.length > 0, 'the widget navigates to the bank', { timeout: 8000 });
  return { harness, navigations };
}

/** The customer answers at the bank and comes back to the merchant's page, which mounts the same session again. */
async function comeBack(session: { clientSecret: string }, outcome: 'complete' | 'fail', typed: Record<string, string>) {
  const { harness, navigations } = await leaveForTheBank(session, typed);
  harness.remove();
  expect((await fetch(navigations[0])).status, 'the bank page').to.equal(200);
  const answer = await authenticate(navigations[0], outcome);
  expect([303, 0], 'back to the return URL').to.include(answer.status);
  return CheckoutHarness.mount({ clientSecret: session.clientSecret });
}

/** Where the payment alert was when it took focus, and where it is once everything has rendered. */
function watchAlertFocus(): { atFocus: DOMRect | null; stop: () => void } {
  const watch = { atFocus: null as DOMRect | null, stop: () => document.removeEventListener('focusin', onFocus, true) };
  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.classList.contains('payment-error')) watch.atFocus = target.getBoundingClientRect();
  };
  document.addEventListener('focusin', onFocus, true);
  return watch;
}

describe('<xpay-checkout> 3-D Secure', () => {
  const mounted: CheckoutHarness[] = [];
  const track = (harness: CheckoutHarness) => {
    mounted.push(harness);
    return harness;
  };

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => mounted.splice(0).forEach((harness) => harness.remove()));

  it('navigates the top window to the bank, saying so politely, and keeps the secret out of the URL', async () => {
    const session = await createSession({ returnUrl: RETURN_URL });
    const { harness, navigations } = await leaveForTheBank(session, { 'customerDetails.email': '3ds@example.com' });
    track(harness);
    expect(navigations).to.have.length(1);
    expect(navigations[0]).to.match(new RegExp(`^${testEnv.origin}/v1/sandbox/authenticate/pi_`));
    expect(navigations[0]).to.not.include(session.clientSecret.split('_secret_')[1]);
    const form = await paymentForm(harness.element);
    // A status, politely spoken, never an alert: nothing went wrong.
    expect(shadow(form).querySelector('[role="status"]')!.textContent).to.include('Taking you to your bank');
    expect(shadow(form).querySelector<HTMLElement>('.payment-error')!.hidden).to.equal(true);
  });

  it('refused, on a phone: the focused refusal stays where it was scrolled into view', async () => {
    await setViewport({ width: 360, height: 640 });
    const watch = watchAlertFocus();
    try {
      const session = await createSession({ returnUrl: RETURN_URL, nameCollection: true });
      const returned = track(await comeBack(session, 'fail', { 'customerDetails.email': '3ds@example.com', 'customerDetails.name': 'Layla Hassan' }));
      await returned.state('open');
      await returned.waitFor('xpay-error');
      await waitUntil(() => watch.atFocus !== null, 'the refusal takes focus');
      const form = await paymentForm(returned.element);
      await form.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = shadow(form).querySelector<HTMLElement>('.payment-error')!.getBoundingClientRect();
      expect(Math.round(now.top), 'the refusal did not move after taking focus').to.equal(Math.round(watch.atFocus!.top));
      expect(now.top >= 0 && now.bottom <= innerHeight, `the refusal spans ${now.top}–${now.bottom} px of ${innerHeight}`).to.equal(true);
    } finally {
      watch.stop();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('authenticated: back on the page, xpay-ready comes first, then xpay-complete, once each', async () => {
    const session = await createSession({ returnUrl: RETURN_URL });
    const returned = track(await comeBack(session, 'complete', { 'customerDetails.email': '3ds@example.com' }));
    await returned.state('complete');
    await returned.waitFor('xpay-complete');
    expect(order(returned)).to.deep.equal(['xpay-ready', 'xpay-complete']);
    expect(returned.details('xpay-complete')[0]).to.include({ sessionId: session.id, paymentStatus: 'paid' });
  });

  it('refused: ready, then xpay-error payment_failed with the decline code; the form says why and holds what was typed', async () => {
    const session = await createSession(FULL_FORM);
    const returned = track(await comeBack(session, 'fail', TYPED));
    await returned.state('open');
    await returned.waitFor('xpay-error');
    expect(order(returned)).to.deep.equal(['xpay-ready', 'xpay-error']);
    expect(returned.details('xpay-error')).to.deep.equal([
      { code: 'payment_failed', message: 'The customer failed 3-D Secure authentication.', declineCode: 'authentication_failed' },
    ]);

    const form = await paymentForm(returned.element);
    const alert = shadow(form).querySelector<HTMLElement>('.payment-error')!;
    expect(alert.hidden).to.equal(false);
    expect(alert.textContent).to.include('Your bank could not confirm this payment');

    const shown: Record<string, string> = {};
    for (const name of Object.keys(TYPED)) shown[name] = (await field(returned.element, name)).value;
    expect(shown).to.deep.equal(TYPED);
    expect((await field(returned.element, 'customerDetails.phoneCallingCode')).value).to.equal('+20');
    expect((await field(returned.element, 'customerDetails.billingDetails.address.country')).value).to.equal('EG');

    // The values came back from the provider's session, not from anything the widget kept.
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect((await retrieveSession(session.id)).customerDetails!.email).to.equal('layla@example.com');
  });
});
