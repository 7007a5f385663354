import { waitUntil } from '@open-wc/testing';
import type { CheckoutHarness } from '../support/checkout.js';
import { shadow } from '../support/checkout.js';
import { paymentForm } from '../support/form.js';

/** Steps of the local-method flows (issue 12) as a customer takes them. */

export const LOCAL_METHODS = ['card', 'valu', 'wallet', 'fawry'];

/** The payment form's shadow root. */
export async function formRoot(harness: CheckoutHarness): Promise<ShadowRoot> {
  return shadow(await paymentForm(harness.element));
}

/** Chooses a payment method by its radio, as a click does. */
export async function chooseMethod(harness: CheckoutHarness, type: string): Promise<void> {
  const root = await formRoot(harness);
  const radio = root.querySelector<HTMLInputElement>(`input[name="paymentMethod.type"][value="${type}"]`);
  if (!radio) throw new Error(`no ${type} method on the form`);
  radio.click();
}

/** The valU plans once the provider's list is shown. */
export async function plans(harness: CheckoutHarness): Promise<HTMLInputElement[]> {
  const root = await formRoot(harness);
  await waitUntil(() => root.querySelectorAll('input[name="paymentMethod.valu.planId"]').length > 0, 'the installment plans did not show', { timeout: 8000 });
  return [...root.querySelectorAll<HTMLInputElement>('input[name="paymentMethod.valu.planId"]')];
}

/** The summary's rows as label → amount text. */
export function summaryRows(harness: CheckoutHarness): Record<string, string> {
  const summary = shadow(harness.root.querySelector('xpay-order-summary')!);
  return Object.fromEntries([...summary.querySelectorAll('dl > dt')].map((label) => [text(label), text(label.nextElementSibling)]));
}

export async function waitForRow(harness: CheckoutHarness, label: string, amount: string): Promise<void> {
  await waitUntil(() => summaryRows(harness)[label] === amount, `expected the summary row "${label}: ${amount}", saw ${JSON.stringify(summaryRows(harness))}`, {
    timeout: 8000,
  });
}

/** The one-time-code step, once it shows. */
export async function otpStep(harness: CheckoutHarness): Promise<ShadowRoot> {
  await waitUntil(() => harness.root.querySelector('xpay-otp-step')?.shadowRoot?.querySelector('input'), 'the code step did not show', { timeout: 8000 });
  return shadow(harness.root.querySelector('xpay-otp-step')!);
}

/** Types a code into the step and submits it. */
export async function enterCode(harness: CheckoutHarness, code: string): Promise<void> {
  const step = await otpStep(harness);
  await waitUntil(() => !step.querySelector<HTMLInputElement>('input')!.disabled, 'the code input stayed disabled', { timeout: 8000 });
  const input = step.querySelector<HTMLInputElement>('input')!;
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  step.querySelector('form')!.requestSubmit();
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The alert above the pay button, once it says something. */
export async function paymentAlert(harness: CheckoutHarness): Promise<HTMLElement> {
  const root = await formRoot(harness);
  await waitUntil(() => !root.querySelector<HTMLElement>('.payment-error')!.hidden, 'no payment alert showed', { timeout: 8000 });
  return root.querySelector<HTMLElement>('.payment-error')!;
}
