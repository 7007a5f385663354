// The widget in every kind of box a merchant page gives it, at phone to desktop widths, in a
// left-to-right and a right-to-left language: it keeps a real width, never overflows its own box
// or the page, and the pay button is always reachable whole.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CheckoutHarness } from '../support/checkout.js';
import { createSession, type SandboxSession } from '../support/sandbox.js';
import { FULL_SESSION, openPromoEntry, overflowing, pageOverflow, payButtonInView, settled } from './layout-support.js';

const WIDTHS = [320, 360, 768, 1280];
/** The one comfortable column a content-sized widget asks for (the root's intrinsic width, 28rem). */
const PREFERRED_WIDTH = 28 * 16;

interface Context {
  /** The parent's style. */
  parent: string;
  /** The widget's own style, as a merchant would write it. */
  host?: string;
  /** Whether the widget takes the whole width (block flow, flex: 1, a stretched grid track) or is sized by its content. */
  fills: boolean;
}

const CONTEXTS: Record<string, Context> = {
  'a block': { parent: 'display: block', fills: true },
  'a flex row, without flex: 1': { parent: 'display: flex', fills: false },
  'a flex row, with flex: 1': { parent: 'display: flex', host: 'flex: 1', fills: true },
  'an auto grid column': { parent: 'display: grid; grid-template-columns: auto', fills: true },
  'a 1fr grid column': { parent: 'display: grid; grid-template-columns: 1fr', fills: true },
  'an inline-block': { parent: 'display: inline-block', fills: false },
};

describe('layout: the widget in the boxes merchants give it', () => {
  let session: SandboxSession;
  let parent: HTMLElement | null = null;

  before(async () => {
    session = await createSession(FULL_SESSION);
  });
  afterEach(async () => {
    parent?.remove();
    parent = null;
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['en', 'ar']) {
    for (const [name, context] of Object.entries(CONTEXTS)) {
      it(`in ${name} (${locale}) at ${WIDTHS.join(', ')} px`, async function () {
        this.timeout(30000);
        await setViewport({ width: WIDTHS[0], height: 800 });
        parent = document.createElement('div');
        parent.style.cssText = context.parent;
        document.body.append(parent);
        const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret, locale }, parent);
        if (context.host) checkout.element.style.cssText = context.host;
        await checkout.state('open');
        await openPromoEntry(checkout.element);

        for (const width of WIDTHS) {
          await setViewport({ width, height: 800 });
          await settled();
          const at = `${name}, ${locale}, ${width} px`;
          const available = document.body.clientWidth;
          const host = checkout.element.getBoundingClientRect();
          expect(host.width, `${at}: the widget is never wider than the space it is given`).to.be.at.most(available + 0.5);
          if (context.fills) expect(host.width, `${at}: the widget takes the whole width`).to.be.closeTo(available, 0.5);
          else expect(host.width, `${at}: the widget keeps a comfortable width`).to.be.at.least(Math.min(available, PREFERRED_WIDTH) - 0.5);
          expect(overflowing(checkout.element), `${at}: nothing sticks out of the widget`).to.deep.equal([]);
          expect(pageOverflow(), `${at}: the page does not scroll sideways`).to.be.at.most(0);
          const pay = await payButtonInView(checkout.element);
          expect(pay.inside, `${at}: the pay button is wholly in view (${JSON.stringify(pay.rect)})`).to.equal(true);
        }
      });
    }
  }
});
