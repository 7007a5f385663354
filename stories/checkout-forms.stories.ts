import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { XPayCheckout } from '../src/index.js';
import { cardFrame } from './support/card-frame.js';
import { fixtureAudit } from './support/fixture-provider.js';
import { baseSpec, withCollection, withCustomFields, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  deepQueryAll,
  defaultCheckoutArgs,
  fillForm,
  narrow,
  renderCheckout,
  sessionIdOf,
  waitForState,
  width,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * The payment form as the customer fills it: every field filled validly (the card typed in its
 * frame), a field focused with its ring, and the whole form at the widths it must fit (320, 360
 * and 768 px). Every session asks for everything: name, phone, billing and shipping addresses,
 * a promotion code and one custom field of each type.
 */
const meta = {
  title: 'Checkout/Forms',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

/** Everything a session can ask for, card first (its frame shows). */
const everything = (): SessionSpec => withCustomFields(withCollection(baseSpec()));

function serve(spec: () => SessionSpec = everything): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec() } });
}

function describe(story: string) {
  return { docs: { description: { story } } };
}

/** The form's visible text inputs, selects and text areas. */
function visibleFields(host: XPayCheckout) {
  return deepQueryAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(host, 'input, select, textarea').filter(
    (field) => field.getClientRects().length > 0 && !(field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')),
  );
}

/** The widget's root (`::part(root)`) once open. */
async function rootOf(host: XPayCheckout): Promise<HTMLElement> {
  return waitFor(() => {
    const root = host.shadowRoot?.querySelector<HTMLElement>('[part~="root"]');
    expect(root, '::part(root)').toBeTruthy();
    return root!;
  });
}

export const Filled: Story = {
  name: 'Filled: every field valid',
  render: serve(),
  parameters: describe('Every field filled validly, the paying card typed in its frame (Visa): nothing flagged, nothing sent until pay.'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillForm(host);
    // Leave the last field, so each has been touched and its feedback shows.
    (deepActive(host) as HTMLElement | null)?.blur();
    const frame = await cardFrame(host);
    await waitFor(() => expect(frame.input.state).toEqual({ empty: false, complete: true, brand: 'visa', error: null }));
    for (const field of visibleFields(host)) {
      if (field.name === 'promotionCode' || field.id === 'promo-input') continue;
      expect(field.value, field.name || field.id).toBeTruthy();
    }
    await waitFor(() => expect(deepQueryAll(host, '[aria-invalid="true"]')).toEqual([]));
    for (const id of ['number', 'expiry', 'cvc']) expect(frame.document.getElementById(id)?.getAttribute('aria-invalid')).toBe('false');
    expect(host.getAttribute('state')).toBe('open');
    expect(fixtureAudit(sessionIdOf(host)).confirms).toEqual([]);
  },
};

/** The focused element inside the host's shadow roots (not into frames). */
function deepActive(host: XPayCheckout): Element | null {
  let active: Element | null = host.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const FieldFocused: Story = {
  name: 'Focused: the email field',
  render: serve(),
  parameters: describe('Focus in the email field, reached from the keyboard: its focus ring (`--_focus-ring`, the theme’s ring colour) shows.'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const email = await waitFor(() => {
      const input = deepQuery<HTMLInputElement>(host, 'input[name="customerDetails.email"]');
      expect(input).toBeTruthy();
      return input!;
    });
    email.focus();
    await userEvent.keyboard('j');
    await waitFor(() => {
      expect(deepActive(host)).toBe(email);
      expect(email.matches(':focus-visible')).toBe(true);
      expect(getComputedStyle(email).boxShadow).not.toBe('none');
    });
  },
};

/** The form at `px`: the widget takes the container's width and nothing overflows it. */
function widthStory(px: number): Story {
  return {
    name: `Width: ${px} px`,
    render: serve(),
    decorators: [px === 320 ? narrow : width(px)],
    parameters: describe(`The whole form in a ${px} px container: the widget fills it and nothing scrolls sideways.`),
    play: async ({ canvasElement }) => {
      const host = await waitForState(canvasElement, 'open');
      await cardFrame(host);
      const root = await rootOf(host);
      await waitFor(() => {
        expect(Math.round(host.getBoundingClientRect().width)).toBe(px);
        expect(root.scrollWidth, 'no horizontal overflow').toBeLessThanOrEqual(root.clientWidth + 1);
        for (const field of visibleFields(host)) {
          const { right, left } = field.getBoundingClientRect();
          const box = host.getBoundingClientRect();
          expect(left, `${field.name || field.id} starts inside`).toBeGreaterThanOrEqual(box.left - 1);
          expect(right, `${field.name || field.id} ends inside`).toBeLessThanOrEqual(box.right + 1);
        }
      });
    },
  };
}

export const Width320: Story = widthStory(320);
export const Width360: Story = widthStory(360);
export const Width768: Story = widthStory(768);
