// Controls a customer can find in dark mode: an unselected radio, an unticked checkbox and a
// flat input each have a boundary of at least 3:1 against the widget's background (WCAG 1.4.11),
// in the page and inside the card frame.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { contrastRatio } from '../../src/theme/color.js';
import { frameStyle, readFrameState } from '../support/card-frame.js';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { field, paymentForm } from '../support/form.js';
import { createSession } from '../support/sandbox.js';
import { FULL_SESSION, rootOf } from './layout-support.js';

/** The colour of the 1px rule a flat input draws along its bottom: the last gradient layer of its background. */
function lineColor(backgroundImage: string): string {
  const gradients = backgroundImage.match(/linear-gradient\((?:[^()]|\([^()]*\))*\)/g) ?? [];
  const color = gradients.at(-1)?.match(/rgba?\([^)]*\)/)?.[0];
  if (!color) throw new Error(`no boundary line in ${backgroundImage}`);
  return color;
}

async function mountDark(inputStyle?: string): Promise<CheckoutHarness> {
  const session = await createSession({ ...FULL_SESSION, brandingSettings: { colorMode: 'dark', inputStyle } });
  const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
  await checkout.state('open');
  return checkout;
}

describe('layout: dark-mode controls keep a 3:1 boundary', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
  });

  it('unselected radios and an unticked checkbox: a ring, not a grey disc', async () => {
    const checkout = await mountDark();
    const background = getComputedStyle(rootOf(checkout.element)).backgroundColor;
    const form = shadow(await paymentForm(checkout.element));
    const sameAsBilling = form.querySelector<HTMLInputElement>('.checkbox input')!;
    sameAsBilling.click();
    await (await paymentForm(checkout.element)).updateComplete;
    const controls = [...form.querySelectorAll<HTMLInputElement>('.method input:not(:checked)'), sameAsBilling];
    expect(controls.length).to.equal(3);
    for (const control of controls) {
      const style = getComputedStyle(control);
      expect(parseFloat(style.borderTopWidth), `${control.value}: a ring`).to.be.at.least(1);
      expect(contrastRatio(style.borderTopColor, background), `${control.value}: ring ${style.borderTopColor} on ${background}`).to.be.at.least(3);
      expect(style.backgroundColor, `${control.value}: filled like the background, not grey`).to.equal(background);
    }
  });

  it('flat inputs and selects draw a 3:1 line, in the page and in the card frame', async () => {
    const checkout = await mountDark('flat');
    const background = getComputedStyle(rootOf(checkout.element)).backgroundColor;
    for (const name of ['customerDetails.email', 'customerDetails.phoneCallingCode', 'customFields.delivery_slot']) {
      const style = getComputedStyle(await field(checkout.element, name));
      expect(style.borderBottomColor, `${name}: flat has no border of its own`).to.equal('rgba(0, 0, 0, 0)');
      const line = lineColor(style.backgroundImage);
      expect(contrastRatio(line, background), `${name}: line ${line} on ${background}`).to.be.at.least(3);
    }
    await readFrameState();
    const line = lineColor((await frameStyle('#number', 'background-image'))!);
    expect(contrastRatio(line, background), `card number: line ${line} on ${background}`).to.be.at.least(3);
  });
});
