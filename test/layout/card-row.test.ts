// Inside the card frame, expiry and security code share one row where there is room, level with
// each other: their inputs side by side whatever each label wraps to, and their errors on one line.
// Needs layoutCommands() from ./layout-commands.mjs in web-test-runner.config.mjs.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { readFrameState } from '../support/card-frame.js';
import { CheckoutHarness } from '../support/checkout.js';
import { createSession } from '../support/sandbox.js';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function frameBoxes(...selectors: string[]): Promise<(Box | null)[]> {
  return executeServerCommand<(Box | null)[], { selectors: string[] }>('layout:frame-boxes', { selectors });
}

describe('layout: the card frame row', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  // In Urdu at 360 px the expiry label takes two lines and the security code's one.
  for (const locale of ['en', 'ur']) {
    it(`keeps expiry and security code level at 360 px, errors included (${locale})`, async function () {
      this.timeout(20000);
      await setViewport({ width: 360, height: 900 });
      const session = await createSession();
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret, locale });
      await checkout.state('open');
      await readFrameState();
      const [expiry, cvc, expiryLabel, cvcLabel] = (await frameBoxes('#expiry', '#cvc', 'label[for="expiry"]', 'label[for="cvc"]')) as Box[];
      expect(cvc.left > expiry.right || expiry.left > cvc.right, 'side by side').to.equal(true);
      if (locale === 'ur') {
        const height = (box: Box) => box.bottom - box.top;
        expect(height(expiryLabel), 'the expiry label wraps here (else pick a width where one label does)').to.be.greaterThan(height(cvcLabel));
      }
      expect(cvc.top, 'the inputs are level').to.be.closeTo(expiry.top, 0.5);

      await checkout.pay();
      await waitUntil(async () => {
        const { fields } = await readFrameState();
        return fields.expiry.error !== '' && fields.cvc.error !== '';
      }, 'the frame never showed both errors');
      const [expiryError, cvcError, expiryAfter, cvcAfter] = (await frameBoxes('#expiry-error', '#cvc-error', '#expiry', '#cvc')) as Box[];
      expect(cvcAfter.top, 'the inputs stay level').to.be.closeTo(expiryAfter.top, 0.5);
      expect(cvcError.top, 'the errors are on one line, below the hint').to.be.closeTo(expiryError.top, 0.5);
    });
  }
});
