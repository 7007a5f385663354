// Screenshots of the whole widget, card frame included, in light, dark and a merchant's brand at
// a phone's and a desktop's width, for review (test-artifacts/screens/, not compared with anything).
// Needs layoutCommands() from ./layout-commands.mjs in web-test-runner.config.mjs.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { readFrameState } from '../support/card-frame.js';
import { CheckoutHarness } from '../support/checkout.js';
import { createSession } from '../support/sandbox.js';
import { FULL_SESSION, settled } from './layout-support.js';

const THEMES: Record<string, Record<string, unknown>> = {
  light: {},
  // Right to left, with every local method and the fees on offer.
  ar: {},
  dark: { colorMode: 'dark' },
  brand: {
    colorMode: 'dark',
    borderStyle: 'pill',
    inputStyle: 'flat',
    formLayout: 'compact',
    fontFamily: 'Georgia, serif',
    colors: { primary: '#d4a017', background: '#14110f', foreground: '#f4efe6' },
  },
};

describe('layout: screenshots for review', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  for (const [theme, brandingSettings] of Object.entries(THEMES)) {
    it(`${theme} at 360 and 1280 px`, async function () {
      this.timeout(20000);
      const arabic = theme === 'ar'
        ? { locale: 'ar', paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'], feeConfig: { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 } }
        : {};
      const session = await createSession({ ...FULL_SESSION, brandingSettings, merchantLogo: null, expiresAfterMinutes: 30, ...arabic });
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await checkout.state('open');
      for (const width of [360, 1280]) {
        await setViewport({ width, height: 900 });
        await readFrameState();
        await settled();
        // The whole widget in one viewport (see layout-commands.mjs).
        await setViewport({ width, height: document.documentElement.scrollHeight });
        await readFrameState();
        await settled();
        const saved = await executeServerCommand<string, { name: string }>('layout:screenshot', { name: `${theme}-${width}` });
        expect(saved).to.equal(`test-artifacts/screens/${theme}-${width}.png`);
      }
    });
  }
});
