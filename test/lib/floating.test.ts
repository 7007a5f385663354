import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { anchorPopover } from '../../src/lib/floating.js';

const VIEWPORT = { width: 400, height: 300 };

/** A reference and a 200px-tall popover; the reference sits where `referenceStyle` puts it. */
async function setup(referenceStyle: string) {
  const root = await fixture<HTMLElement>(html`<div>
    <button id="reference" style=${referenceStyle}>Reference</button>
    <div id="floating" style="block-size: 200px; overflow: auto; background: white">
      <div style="block-size: 600px">content</div>
    </div>
  </div>`);
  return {
    reference: root.querySelector<HTMLElement>('#reference')!,
    floating: root.querySelector<HTMLElement>('#floating')!,
  };
}

const placed = (floating: HTMLElement) => waitUntil(() => floating.style.top !== '', 'the popover was never positioned');

function expectInsideViewport(rect: DOMRect) {
  expect(rect.top).to.be.at.least(0);
  expect(rect.left).to.be.at.least(0);
  expect(rect.bottom).to.be.at.most(window.innerHeight);
  expect(rect.right).to.be.at.most(window.innerWidth);
}

describe('anchorPopover', () => {
  let cleanup: (() => void) | undefined;

  beforeEach(() => setViewport(VIEWPORT));
  afterEach(async () => {
    cleanup?.();
    cleanup = undefined;
    await setViewport({ width: 800, height: 600 });
  });

  it('places the popover below the reference, fixed, as wide as the reference when asked', async () => {
    const { reference, floating } = await setup('position: absolute; inset-block-start: 10px; inset-inline-start: 20px; inline-size: 150px');
    cleanup = anchorPopover(reference, floating, { matchWidth: true, offsetPx: 6 });
    await placed(floating);
    const anchor = reference.getBoundingClientRect();
    const popover = floating.getBoundingClientRect();
    expect(floating.style.position).to.equal('fixed');
    expect(popover.top).to.be.closeTo(anchor.bottom + 6, 1);
    expect(popover.left).to.be.closeTo(anchor.left, 1);
    expect(popover.width).to.be.closeTo(anchor.width, 1);
  });

  it('flips above a reference at the bottom edge and caps its height to the room there', async () => {
    const { reference, floating } = await setup('position: fixed; inset-block-end: 4px; inset-inline-start: 20px');
    cleanup = anchorPopover(reference, floating, { maxHeightPx: 1000 });
    await placed(floating);
    const popover = floating.getBoundingClientRect();
    expect(popover.bottom).to.be.at.most(reference.getBoundingClientRect().top);
    expectInsideViewport(popover);
  });

  it('shrinks to maxHeightPx when the viewport has more room', async () => {
    const { reference, floating } = await setup('');
    cleanup = anchorPopover(reference, floating, { maxHeightPx: 120 });
    await placed(floating);
    expect(floating.getBoundingClientRect().height).to.be.closeTo(120, 1);
  });

  it('follows the reference until cleanup, then leaves the popover alone', async () => {
    const { reference, floating } = await setup('position: absolute; inset-block-start: 10px');
    cleanup = anchorPopover(reference, floating);
    await placed(floating);
    const firstTop = floating.getBoundingClientRect().top;

    reference.style.insetBlockStart = '40px';
    await waitUntil(() => floating.getBoundingClientRect().top > firstTop + 29, 'the popover did not follow');

    cleanup();
    const settledTop = floating.style.top;
    reference.style.insetBlockStart = '80px';
    await nextFrame();
    await nextFrame();
    expect(floating.style.top).to.equal(settledTop);
  });
});
