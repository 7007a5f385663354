import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { FIXTURE_ORIGIN, registerFixture, updateFixture, type FixtureScenario } from './support/fixture-provider.js';
import { cardFrame } from './support/card-frame.js';
import { baseSpec, expiringIn, withCollection, withCustomFields, withStatus } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  deepQueryAll,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  fillForm,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForError,
  waitForState,
  type CheckoutStoryArgs,
  type RenderOptions,
} from './support/checkout-story.js';

/**
 * Every state the host reflects in its `state` attribute, and every error code, each fed by
 * the fixture provider (no server). The play functions wait for the state; the story tests
 * run them, then axe.
 */
const meta = {
  title: 'Checkout/States',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          '`<xpay-checkout>` in each state (`loading`, `open`, `processing`, `complete`, `expired`, `error`) and each error code. ' +
          'Sessions come from the in-page fixture provider (`stories/support/fixture-provider.ts`).',
      },
    },
  },
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

/** A render function serving `scenario` (built per render, so expiry is relative to now). */
function serve(scenario: () => FixtureScenario | null, overrides: Omit<RenderOptions, 'scenario'> = {}): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: scenario(), ...overrides });
}

export const Loading: Story = {
  render: serve(() => ({ spec: baseSpec(), load: 'pending' })),
  parameters: { docs: { description: { story: 'The load never answers: after 100 ms (a quicker load goes straight to the session), the skeleton, for ever.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'loading');
    await waitFor(() => expect(deepQuery(host, '[aria-busy="true"]')).toBeTruthy());
    expect(eventsOf(host)).toEqual([]);
  },
};

export const Open: Story = {
  render: serve(() => ({ spec: baseSpec() })),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await waitFor(() => expect(eventsOf(host, 'xpay-ready')).toHaveLength(1));
  },
};

export const Processing: Story = {
  render: serve(() => ({ spec: baseSpec(), confirm: 'pending' })),
  parameters: {
    docs: { description: { story: 'The confirm never answers. Its play function fills the form, types the card into its frame and presses pay.' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host);
    await waitForState(canvasElement, 'processing');
  },
};

export const Complete: Story = {
  render: serve(() => ({ spec: withStatus(baseSpec(), 'complete') })),
  parameters: { docs: { description: { story: 'Loaded already paid.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'complete');
    await waitFor(() => expect(eventsOf(host, 'xpay-ready')).toHaveLength(1));
  },
};

export const Expired: Story = {
  render: serve(() => ({ spec: withStatus(baseSpec(), 'expired') })),
  parameters: { docs: { description: { story: 'Loaded already expired: the blocking notice, with a link back to `cancelUrl`.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'expired');
    await waitFor(() => expect(eventsOf(host, 'xpay-expired').map((e) => e.detail.reason)).toEqual(['status']));
    await waitFor(() => expect(deepQuery(host, '[role="alertdialog"]')).toBeTruthy());
  },
};

export const ExpiredWithoutCancelUrl: Story = {
  render: serve(() => ({ spec: withStatus(baseSpec({ cancelUrl: null }), 'expired') })),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'expired');
  },
};

export const ExpiringSoon: Story = {
  render: serve(() => ({ spec: expiringIn(baseSpec(), 90_000) })),
  parameters: {
    docs: { description: { story: 'Expires 90 s after it renders: the countdown and its polite announcement. Reload the story to restart it.' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    // Under two minutes: a polite announcement (the widget has other live regions; one must speak).
    await waitFor(() => expect(deepQueryAll(host, '[aria-live="polite"]').some((region) => region.textContent?.trim())).toBe(true));
  },
};

export const ExpiresWhileOpen: Story = {
  render: serve(() => ({ spec: expiringIn(baseSpec(), 1_500) })),
  parameters: { docs: { description: { story: 'The clock runs out 1.5 s after it renders (`reason: "expires_at"`). Reload the story to see it again.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await waitForState(canvasElement, 'expired', 6000);
    expect(eventsOf(host, 'xpay-expired').map((e) => e.detail.reason)).toEqual(['expires_at']);
  },
};

export const ExpiredByServer: Story = {
  render: serve(() => ({ spec: baseSpec() })),
  parameters: {
    docs: { description: { story: 'Open, then the provider expires it: the update arrives on the event stream (`reason: "server"`).' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    updateFixture(sessionIdOf(host), (spec) => ({ ...spec, status: 'expired' }));
    await waitForState(canvasElement, 'expired');
    expect(eventsOf(host, 'xpay-expired').map((e) => e.detail.reason)).toEqual(['server']);
  },
};

export const StartAgain: Story = {
  render: serve(() => ({ spec: baseSpec({ nameCollection: true }) }), {
    // The merchant's server, as `fetchClientSecret` asks it: a new session every time.
    fetchClientSecret: async () => registerFixture({ spec: baseSpec({ nameCollection: true }) }).clientSecret,
  }),
  parameters: {
    docs: {
      description: {
        story:
          'Started with `fetchClientSecret`: the customer types, the provider expires the session, and **Start again** mounts a new session in place with what was typed (never the card) (CONTRACT §6).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const first = sessionIdOf(host);
    const email = await waitFor(() => {
      const input = deepQuery<HTMLInputElement>(host, 'input[name="customerDetails.email"]');
      expect(input).toBeTruthy();
      return input!;
    });
    email.value = 'jane@example.com';
    email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    updateFixture(first, (spec) => ({ ...spec, status: 'expired' }));
    await waitForState(canvasElement, 'expired');
    const startAgain = await waitFor(() => {
      const button = deepQuery<HTMLButtonElement>(host, '[role="alertdialog"] button');
      expect(button?.textContent?.trim()).toBe('Start again');
      return button!;
    });
    startAgain.click();
    await waitFor(() => expect(eventsOf(host, 'xpay-ready')).toHaveLength(2), { timeout: 5000 });
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(deepQuery<HTMLInputElement>(host, 'input[name="customerDetails.email"]')?.value).toBe('jane@example.com'));
  },
};

/** The expired notice's Start again button, once shown. */
async function startAgainButton(host: Element): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = deepQuery<HTMLButtonElement>(host, '[role="alertdialog"] button');
    expect(button?.textContent?.trim()).toBe('Start again');
    return button!;
  });
}

/** The values of the form's visible fields by name (text inputs, selects, text areas; not the card, which is in its frame). */
function typedValues(host: Element): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of deepQueryAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(host, 'input[name], select[name], textarea[name]')) {
    if (field.getClientRects().length === 0 || (field instanceof HTMLInputElement && ['checkbox', 'radio'].includes(field.type))) continue;
    if (field.value) values[field.name] = field.value;
  }
  return values;
}

/** The session ids of every `xpay-ready`, in order. */
const readySessions = (host: Element) => eventsOf(host, 'xpay-ready').map((event) => event.detail.sessionId);

/** A session that asks for everything but the promotion code, card only. */
const everythingCardOnly = () =>
  withCustomFields(withCollection(baseSpec({ paymentMethodTypes: ['card'] }), { allowPromotionCodes: false }));

/** The secrets `fetchClientSecret` handed out since the story last rendered. */
let handedOut: string[] = [];

export const StartAgainKeepsEverythingTyped: Story = {
  name: 'Start again: every field kept, never the card',
  render: (args, context) => {
    const secrets: string[] = (handedOut = []);
    return renderCheckout(args, context, {
      scenario: { spec: everythingCardOnly() },
      // The merchant's server: a new fixture session of the same checkout each time it is asked.
      fetchClientSecret: async () => {
        const { clientSecret } = registerFixture({ spec: everythingCardOnly() });
        secrets.push(clientSecret);
        return clientSecret;
      },
    });
  },
  parameters: {
    docs: {
      description: {
        story:
          'Every field filled and the card typed, then the provider expires the session: **Start again** asks `fetchClientSecret` (a property of the element) for a new session, which opens in place with every typed value; the card frame starts empty.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const first = sessionIdOf(host);
    await fillForm(host);
    const typed = typedValues(host);
    expect(Object.keys(typed).length).toBeGreaterThan(5);
    updateFixture(first, (spec) => ({ ...spec, status: 'expired' }));
    await waitForState(canvasElement, 'expired');
    (await startAgainButton(host)).click();
    // The new session (its id is the secret's prefix) is the one now ready.
    await waitFor(() => expect(handedOut).toHaveLength(1));
    await waitFor(() => expect(readySessions(host)).toEqual([first, handedOut[0].split('_secret_')[0]]));
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(typedValues(host)).toEqual(typed));
    const frame = await cardFrame(host);
    await waitFor(() => expect(frame.input.state.empty).toBe(true));
  },
};

export const StartAgainLoadedExpired: Story = {
  name: 'Start again: loaded expired',
  render: serve(() => ({ spec: withStatus(baseSpec(), 'expired') }), {
    fetchClientSecret: async () => registerFixture({ spec: baseSpec() }).clientSecret,
  }),
  parameters: {
    docs: { description: { story: 'Loaded already expired, with `fetchClientSecret`: the notice offers **Start again**, and the new open session replaces it.' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'expired');
    const first = sessionIdOf(host);
    (await startAgainButton(host)).click();
    // The first open session of the page: the payment code loads only now (an expired one never
    // fetches it), which in Storybook's dev server can take longer than waitFor's default second.
    await waitFor(() => expect(readySessions(host)).toHaveLength(2), { timeout: 5000 });
    expect(readySessions(host)[1]).not.toBe(first);
    await waitForState(canvasElement, 'open');
    await payButtonOf(host);
  },
};

export const ExpiredByMerchant: Story = {
  render: serve(() => ({ spec: baseSpec({ cancelUrl: null }) })),
  parameters: { docs: { description: { story: 'The merchant closed the checkout early: the notice says so, rather than that the time ran out, and offers a fresh page.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    updateFixture(sessionIdOf(host), (spec) => ({ ...spec, status: 'expired' }));
    await waitForState(canvasElement, 'expired');
    await waitFor(() => expect(deepQuery(host, '[role="alertdialog"]')?.textContent).toContain('was closed before the payment was made'));
  },
};

export const RecoversAfterRetries: Story = {
  render: serve(() => ({ spec: baseSpec(), failLoads: 2 })),
  parameters: { docs: { description: { story: 'Two loads answer 503; the widget’s retries reach the third.' } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
  },
};

// ---------------------------------------------------------------------------------------------
// Error codes.

export const ErrorMissingApiBase: Story = {
  name: 'Error: missing_api_base',
  render: serve(() => ({ spec: baseSpec() }), { apiBase: null }),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'missing_api_base');
  },
};

export const ErrorInvalidClientSecret: Story = {
  name: 'Error: invalid_client_secret',
  render: serve(() => null, { clientSecret: 'pk_test_this_is_not_a_client_secret' }),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'invalid_client_secret');
  },
};

export const ErrorUnauthorized: Story = {
  name: 'Error: unauthorized (401)',
  render: serve(() => ({ spec: baseSpec(), load: 401 })),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'unauthorized');
  },
};

export const ErrorForbidden: Story = {
  name: 'Error: unauthorized (403)',
  render: serve(() => ({ spec: baseSpec(), load: 403 })),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'unauthorized');
  },
};

export const ErrorSessionNotFound: Story = {
  name: 'Error: session_not_found (404)',
  render: serve(() => ({ spec: baseSpec(), load: 404 })),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'session_not_found');
  },
};

export const ErrorNetwork: Story = {
  name: 'Error: network (503 for ever)',
  render: serve(() => ({ spec: baseSpec(), load: 503 })),
  parameters: { docs: { description: { story: 'Every load answers 503; after the retries, the Retry button (which retries again).' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForError(canvasElement, 'network');
    await waitFor(() => expect(deepQuery(host, 'button')).toBeTruthy());
  },
};

export const ErrorNetworkOffline: Story = {
  name: 'Error: network (offline)',
  render: serve(() => ({ spec: baseSpec(), load: 'offline' })),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'network');
  },
};

export const ErrorInvalidSession: Story = {
  name: 'Error: invalid_session (malformed body)',
  render: serve(() => ({ spec: baseSpec(), load: 'malformed' })),
  play: async ({ canvasElement }) => {
    await waitForError(canvasElement, 'invalid_session');
  },
};

export const ErrorUiModeNotEmbedded: Story = {
  name: 'Error: ui_mode_not_embedded (hosted)',
  render: serve(() => ({ spec: baseSpec({ uiMode: 'hosted' }) })),
  parameters: { docs: { description: { story: 'A `hosted` session: the notice links to the session’s `url`.' } } },
  play: async ({ canvasElement }) => {
    const host = await waitForError(canvasElement, 'ui_mode_not_embedded');
    await waitFor(() => expect(deepQuery<HTMLAnchorElement>(host, 'a[href]')?.href).toBe(`${FIXTURE_ORIGIN}/pay/${sessionIdOf(host)}`));
  },
};
