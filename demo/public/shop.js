// The merchant's page script: everything here is what a merchant would write.
// Not awaited here: the Checkout button works from the moment it shows, and its first press waits for this.
const config = fetch('/config.json').then((response) => response.json());
const form = document.querySelector('#options');
const log = document.querySelector('#log');
const status = document.querySelector('#status');
const expireButton = document.querySelector('#expire');
const voucherButton = document.querySelector('#pay-voucher');
const checkoutArea = document.querySelector('.checkout-area');
const checkoutContainer = document.querySelector('#checkout-container');
// Focus inside the widget's shadow tree shows here as focus on <xpay-checkout> itself.
const focusInCheckout = () => checkoutContainer.contains(document.activeElement);
let checkout = null;
let sessionId = null;

function record(name, detail) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${name}  ${JSON.stringify(detail)}`;
  log.prepend(item);
}

function sessionParams() {
  const data = new FormData(form);
  const flag = (name) => data.get(name) === 'on';
  const params = {
    currency: data.get('currency'),
    locale: data.get('locale'),
    submitType: data.get('submitType'),
    merchantName: 'Nile Goods',
    // The widget shows a logo from https (or this loopback demo) only.
    merchantLogo: new URL('logo.svg', import.meta.url).href,
    expiresAfterMinutes: Number(data.get('expiresAfterMinutes')) || 30,
    lineItems: [
      { price: { unitAmount: 100000, productName: 'Hand-thrown coffee cup' }, quantity: 1,
        adjustableQuantity: flag('adjustable') ? { enabled: true, minimum: 1, maximum: 10 } : undefined },
      { price: { unitAmount: 15000, productName: 'Gift wrapping' }, quantity: 1 },
    ],
    brandingSettings: { colorMode: data.get('colorMode'), colors: { primary: data.get('primary') } },
    nameCollection: flag('nameCollection'),
    phoneNumberCollection: flag('phoneNumberCollection'),
    billingAddressCollection: flag('billingAddressCollection'),
    shippingAddressCollection: flag('shippingAddressCollection'),
    allowPromotionCodes: flag('allowPromotionCodes'),
    paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'],
    shippingAmount: 5000,
    taxRate: 14,
  };
  if (data.get('presentmentCurrency')) params.presentmentCurrency = data.get('presentmentCurrency');
  if (flag('fees')) params.feeConfig = { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 };
  const after = data.get('afterCompletion');
  if (after === 'message') {
    params.afterCompletion = { type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'Your cup ships from Fayoum within two days.' } };
  } else if (after === 'redirect') {
    params.afterCompletion = { type: 'redirect', redirect: { url: new URL('/?paid={CHECKOUT_SESSION_ID}', location.href).href } };
  }
  if (flag('customFields')) {
    params.customFields = [
      { key: 'order_note', label: 'Note for the courier', type: 'TEXT', isOptional: true, maxCharacters: 120 },
      { key: 'national_id', label: 'National ID', type: 'NUMERIC', minCharacters: 14, maxCharacters: 14 },
      { key: 'delivery_slot', label: 'Delivery slot', type: 'DROPDOWN',
        dropdownOptions: [{ label: 'Morning', value: 'morning' }, { label: 'Evening', value: 'evening' }] },
    ];
  }
  return params;
}

/** Asks the shop's own server for a client secret (a new session, or the one we came back to). */
async function secretFrom(request) {
  const response = await fetch(...request);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? 'could not get a checkout session');
  sessionId = body.sessionId;
  return body.clientSecret;
}

const newSessionRequest = () => ['/shop/create-session', { method: 'POST', body: JSON.stringify(sessionParams()) }];

/**
 * Mounts the checkout on the session `firstRequest` gives; Start again after expiry (a second
 * `fetchClientSecret` call) always asks for a new session, even after coming back from the bank.
 */
async function startCheckout(firstRequest, message) {
  checkout?.destroy();
  let request = firstRequest;
  status.textContent = message;
  // The checkout mounts below the options: on a phone, far below the button just pressed. The
  // status line shows at once; once ready, and taller than the screen, the checkout scrolls to the top.
  checkoutArea.scrollIntoView({ block: 'start' });
  let shown = false;
  try {
    const { apiBase } = await config;
    checkout = await XPayCheckout.initEmbeddedCheckout({
      apiBase,
      fetchClientSecret: () => {
        const asked = request;
        request = newSessionRequest();
        return secretFrom(asked);
      },
      onReady: (detail) => {
        record('ready', detail);
        expireButton.disabled = voucherButton.disabled = false;
        status.textContent = '';
        // Unless the widget has put focus on something (the bank's refusal, back from 3-D Secure), which it keeps in view.
        if (!shown && !focusInCheckout()) checkoutArea.scrollIntoView({ block: 'start' });
        shown = true;
      },
      onComplete: (detail) => {
        record('complete', detail);
        status.textContent = 'Paid. Thank you!';
        expireButton.disabled = voucherButton.disabled = true;
        // Paid here, the widget focuses its receipt; loaded paid (back from the bank), it does not
        // take focus, and on a phone the receipt is at the widget's end, below the order summary.
        if (!focusInCheckout()) checkoutContainer.scrollIntoView({ block: 'end' });
      },
      onExpired: (detail) => { record('expired', detail); expireButton.disabled = voucherButton.disabled = true; },
      onError: (detail) => { record('error', detail); status.textContent = ''; },
    });
    checkout.mount('#checkout-container');
  } catch (error) {
    status.textContent = error.message;
  }
}

document.querySelector('#checkout').addEventListener('click', () => startCheckout(newSessionRequest(), 'Creating a checkout session…'));
expireButton.addEventListener('click', async () => {
  if (!sessionId) return;
  const response = await fetch('/shop/expire-session', { method: 'POST', body: JSON.stringify({ sessionId }) });
  record('merchant expire', await response.json());
});

// The customer paid their Fawry reference at an outlet: the provider learns of it and the widget completes.
voucherButton.addEventListener('click', async () => {
  if (!sessionId) return;
  const response = await fetch('/shop/pay-voucher', { method: 'POST', body: JSON.stringify({ sessionId }) });
  record('fawry paid at an outlet', await response.json());
});

/** Minor units as the shop writes prices ("EGP 1,361.00"); JPY has no minor unit, KWD three. */
function money(minor, currency) {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(minor / 10 ** format.resolvedOptions().maximumFractionDigits);
}

/** The thank-you note after the widget sent the customer back (afterCompletion redirect), as our server confirms it. */
async function showOutcome(id) {
  status.textContent = 'Checking your payment…';
  checkoutArea.scrollIntoView({ block: 'start' });
  try {
    const response = await fetch(`/shop/session-outcome?session_id=${encodeURIComponent(id)}`);
    const outcome = await response.json();
    if (!response.ok) throw new Error(outcome.error?.message ?? `could not check the payment (${outcome.error?.code ?? response.status})`);
    record('back after paying', outcome);
    status.textContent = outcome.paymentStatus === 'paid'
      ? `Paid ${money(outcome.amountTotal, outcome.currency)}. Thank you! Your order ships within two days.`
      : `This order is not paid (session ${outcome.status}).`;
  } catch (error) {
    status.textContent = error.message;
  }
}

const returnParams = new URLSearchParams(location.search);
// Back from 3-D Secure: the provider sends the customer to our returnUrl with the session id.
// Mounting that session again shows its outcome: completed, or the bank's refusal with the form.
const returned = returnParams.get('session_id');
if (returned) {
  startCheckout([`/shop/returning-session?session_id=${encodeURIComponent(returned)}`], 'Back from your bank…');
}
// Back from a completed checkout whose afterCompletion sends the customer here.
const paid = returnParams.get('paid');
if (paid) void showOutcome(paid);
