import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { cardFrame, waitForCardError } from './support/card-frame.js';
import { fixtureAudit, type FixtureScenario } from './support/fixture-provider.js';
import { baseSpec, withCollection, withCustomFields } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  deepQueryAll,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * Pay attempts and how each provider answer looks (CONTRACT section 2, confirm). The play
 * functions fill the form, type the paying card into the card frame and press pay; the confirm
 * outcome is scripted by the fixture's `confirm` (Checkout/Card pays with the sandbox's test
 * cards instead). In Storybook, pay by hand to see each outcome.
 */
const meta = {
  title: 'Checkout/Payment',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

function serve(scenario: Omit<FixtureScenario, 'spec'>, spec = baseSpec): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec(), ...scenario } });
}

/** Waits until the attempt failed with `code` and the form is back, the failure in its alert. */
async function waitForRefusal(canvasElement: HTMLElement, code: string, timeout = 8000): Promise<void> {
  const host = await waitForState(canvasElement, 'open');
  await waitFor(() => expect(eventsOf(host, 'xpay-error').map((e) => e.detail.code)).toEqual([code]), { timeout });
  await waitForState(canvasElement, 'open');
}

/** A scripted 402: the card was tokenized in its frame, then the confirm declined. */
function declinedStory(confirm: 'declined' | 'insufficient_funds', declineCode: string): Story {
  return {
    name: `Declined (402 ${declineCode})`,
    render: serve({ confirm }),
    play: async ({ canvasElement }) => {
      const host = await waitForState(canvasElement, 'open');
      await fillAndPay(host);
      await waitForRefusal(canvasElement, 'card_declined');
      await waitFor(() => expect(deepQuery(host, '[role="alert"]')?.textContent?.trim()).toBeTruthy());
      expect(fixtureAudit(sessionIdOf(host)).confirms).toHaveLength(1);
    },
  };
}

export const PaysAndCompletes: Story = {
  render: serve({ confirm: 'complete' }),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'processing');
    await waitForState(canvasElement, 'complete');
    expect(eventsOf(host, 'xpay-complete')).toHaveLength(1);
    // The frame minted the token; the confirm carried only its id.
    const { tokens, confirms } = fixtureAudit(sessionIdOf(host));
    expect(confirms).toEqual([{ type: 'card', id: tokens[0].id }]);
  },
};

export const ProcessingForever: Story = {
  render: serve({ confirm: 'pending' }),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'processing');
  },
};

export const Declined: Story = declinedStory('declined', 'generic_decline');

export const InsufficientFunds: Story = declinedStory('insufficient_funds', 'insufficient_funds');

export const CardNumberRejected: Story = {
  name: 'Card refused (tokenization 400 incorrect_number at card.number)',
  render: serve({ tokenize: { status: 400, code: 'incorrect_number', param: 'card.number', message: 'Your card number is incorrect.' } }),
  parameters: {
    docs: {
      description: {
        story: 'The provider refuses the card when the frame tokenizes it: the frame shows the refusal at the card number and focuses it; no confirm is sent.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForRefusal(canvasElement, 'incorrect_number');
    await waitForCardError(await cardFrame(host), 'number', 'validation.cardNumberInvalid');
    expect(fixtureAudit(sessionIdOf(host)).confirms).toEqual([]);
  },
};

export const CustomFieldRejected: Story = {
  name: 'Field rejected (400 param customFields.order_note)',
  render: serve({ confirm: { status: 400, code: 'parameter_invalid', param: 'customFields.order_note', message: 'Too short.' } }, () =>
    withCustomFields(baseSpec()),
  ),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(deepQuery(host, '[name="customFields.order_note"][aria-invalid="true"]')).toBeTruthy(), { timeout: 8000 });
  },
};

export const ExpiredOnConfirm: Story = {
  name: 'Expired on confirm (410)',
  render: serve({ confirm: 'expired' }),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'expired', 8000);
    expect(eventsOf(host, 'xpay-expired').map((e) => e.detail.reason)).toEqual(['confirm']);
  },
};

export const ServiceUnavailable: Story = {
  name: 'Confirm unavailable (503)',
  // Quick answers: the widget retries a confirm that could not get through, with the same key.
  render: serve({ confirm: 'unavailable', confirmDelayMs: 50 }),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitFor(() => expect(eventsOf(host, 'xpay-error')).toHaveLength(1), { timeout: 8000 });
    await waitForState(canvasElement, 'open');
    expect(fixtureAudit(sessionIdOf(host)).confirms.length).toBeGreaterThan(0);
  },
};

export const ValidationBlocksPay: Story = {
  name: 'Empty form: validation, nothing sent',
  render: serve({}, () => withCustomFields(withCollection(baseSpec()))),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const frame = await cardFrame(host);
    await userEvent.click(await payButtonOf(host));
    await waitFor(() => expect(deepQueryAll(host, '[aria-invalid="true"]').length).toBeGreaterThan(0));
    // The card's own inputs say so too, inside their frame.
    await waitForCardError(frame, 'number', 'validation.cardNumberRequired');
    expect(host.getAttribute('state')).toBe('open');
    const audit = fixtureAudit(sessionIdOf(host));
    expect([audit.tokens, audit.confirms, audit.cardData]).toEqual([[], [], []]);
  },
};
