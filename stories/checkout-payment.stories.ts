import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ConfirmBehaviour } from './support/fixture-provider.js';
import { baseSpec, withCollection, withCustomFields, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  deepQueryAll,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  renderCheckout,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * Pay attempts and how each provider answer looks (CONTRACT section 2, confirm). The play
 * functions fill the form and press pay; in Storybook, pay by hand to see each outcome.
 */
const meta = {
  title: 'Checkout/Payment',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

function serve(confirm: ConfirmBehaviour, spec: () => SessionSpec = () => baseSpec(), confirmDelayMs?: number): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec(), confirm, confirmDelayMs } });
}

export const PaysAndCompletes: Story = {
  render: serve('complete'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'processing');
    await waitForState(canvasElement, 'complete');
    expect(eventsOf(host, 'xpay-complete')).toHaveLength(1);
  },
};

export const ProcessingForever: Story = {
  render: serve('pending'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'processing');
  },
};

export const Declined: Story = {
  name: 'Declined (402 generic_decline)',
  render: serve('declined'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(eventsOf(host, 'xpay-error')).toHaveLength(1), { timeout: 5000 });
    await waitForState(canvasElement, 'open');
  },
};

export const InsufficientFunds: Story = {
  name: 'Declined (402 insufficient_funds)',
  render: serve('insufficient_funds'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(eventsOf(host, 'xpay-error')).toHaveLength(1), { timeout: 5000 });
    await waitForState(canvasElement, 'open');
  },
};

export const CardNumberRejected: Story = {
  name: 'Field rejected (400 param paymentMethod.card.number)',
  render: serve({ status: 400, code: 'incorrect_number', param: 'paymentMethod.card.number', message: 'Your card number is incorrect.' }),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(deepQuery(host, '[aria-invalid="true"]')).toBeTruthy(), { timeout: 5000 });
  },
};

export const CustomFieldRejected: Story = {
  name: 'Field rejected (400 param customFields.order_note)',
  render: serve({ status: 400, code: 'parameter_invalid', param: 'customFields.order_note', message: 'Too short.' }, () => withCustomFields(baseSpec())),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(deepQuery(host, '[aria-invalid="true"]')).toBeTruthy(), { timeout: 5000 });
  },
};

export const ExpiredOnConfirm: Story = {
  name: 'Expired on confirm (410)',
  render: serve('expired'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'expired');
    expect(eventsOf(host, 'xpay-expired').map((e) => e.detail.reason)).toEqual(['confirm']);
  },
};

export const ServiceUnavailable: Story = {
  name: 'Confirm unavailable (503)',
  // Quick answers: the widget retries a confirm that could not get through, with the same key.
  render: serve('unavailable', () => baseSpec(), 50),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(eventsOf(host, 'xpay-error')).toHaveLength(1), { timeout: 8000 });
    await waitForState(canvasElement, 'open');
  },
};

export const ValidationBlocksPay: Story = {
  name: 'Empty form: validation, nothing sent',
  render: serve('complete', () => withCustomFields(withCollection(baseSpec()))),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const pay = await waitFor(() => {
      const button = deepQuery<HTMLButtonElement>(host, '[part~="pay-button"]');
      expect(button).toBeTruthy();
      return button!;
    });
    await userEvent.click(pay);
    await waitFor(() => expect(deepQueryAll(host, '[aria-invalid="true"]').length).toBeGreaterThan(0));
    expect(host.getAttribute('state')).toBe('open');
  },
};
