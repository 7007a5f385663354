// The status bar at the top of the form: held from ready on, so the countdown's start moves
// nothing; "Test mode" for a test session; calm until the last 30 seconds.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { URGENT_MS } from '../../src/components/checkout/status-bar.js';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { createSession } from '../support/sandbox.js';
import { FULL_SESSION, rewriteSessionLoads, rootOf, settled } from './layout-support.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** A colour as getComputedStyle spells it (`rgb(…)`), to compare with computed styles. */
function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function countdownOf(checkout: CheckoutHarness): HTMLElement {
  return shadow(checkout.element).querySelector<HTMLElement>('.countdown')!;
}

async function mount(params: Record<string, unknown>): Promise<CheckoutHarness> {
  const session = await createSession({ ...FULL_SESSION, ...params });
  const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
  await checkout.state('open');
  return checkout;
}

describe('layout: the status bar', () => {
  let restore: () => void = () => {};
  afterEach(async () => {
    restore();
    restore = () => {};
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [360, 1280]) {
    it(`shifts nothing from ready until the countdown runs, at ${width} px (layout shift 0)`, async function () {
      this.timeout(20000);
      await setViewport({ width, height: 900 });
      // Ready at about 2:03 left: the countdown starts some three seconds later.
      const session = await createSession({ ...FULL_SESSION, expiresAfterMinutes: 2.05 });
      const shifts: LayoutShift[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
      observer.observe({ type: 'layout-shift', buffered: true });
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await checkout.waitFor('xpay-ready');
      const ready = performance.now();
      expect(countdownOf(checkout).hidden, 'no countdown at ready').to.equal(true);
      await waitUntil(() => !countdownOf(checkout).hidden, 'the countdown never started', { timeout: 10000 });
      // A tick of the clock after the start, and the frames to paint both.
      const clock = countdownOf(checkout).querySelector('.countdown-clock')!.textContent;
      await waitUntil(() => countdownOf(checkout).querySelector('.countdown-clock')!.textContent !== clock, 'the clock never ticked', { timeout: 3000 });
      await settled();
      observer.takeRecords().forEach((entry) => shifts.push(entry as LayoutShift));
      observer.disconnect();
      const after = shifts.filter((shift) => shift.startTime >= ready && !shift.hadRecentInput);
      expect(after.reduce((sum, shift) => sum + shift.value, 0), 'layout shift after ready').to.equal(0);
    });
  }

  it('keeps the countdown calm until the last 30 seconds, then turns it urgent', async function () {
    this.timeout(30000);
    const checkout = await mount({ expiresAfterMinutes: 0.6 });
    const countdown = countdownOf(checkout);
    await waitUntil(() => !countdown.hidden, 'the countdown never started', { timeout: 5000 });
    const red = computedColor(getComputedStyle(rootOf(checkout.element)).getPropertyValue('--_c-destructive'));
    const calm = getComputedStyle(countdown);
    expect(countdown.classList.contains('countdown--urgent'), 'calm with more than 30 s left').to.equal(false);
    expect(calm.borderTopColor, 'no destructive border while calm').to.not.equal(red);
    expect(calm.color, 'no destructive text while calm').to.not.equal(red);

    await waitUntil(() => countdown.classList.contains('countdown--urgent'), 'the countdown never turned urgent', { timeout: 12000 });
    const seconds = countdown.querySelector('.countdown-clock')!.textContent!.split(':').map(Number);
    expect(seconds[0] * 60 + seconds[1], 'urgent only in the last 30 seconds').to.be.at.most(URGENT_MS / 1000);
    expect(getComputedStyle(countdown).borderTopColor, 'a destructive border when urgent').to.equal(red);
  });

  it('says "Test mode" for a test session, and nothing for a live one', async () => {
    const test = await mount({});
    const badge = shadow(test.element).querySelector('.status-bar .test-mode');
    expect(badge?.textContent).to.equal('Test mode');
    expect(badge!.getBoundingClientRect().height).to.be.greaterThan(0);
    test.remove();

    const session = await createSession(FULL_SESSION);
    restore = rewriteSessionLoads(session.id, (body) => void (body.livemode = true));
    const live = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await live.state('open');
    expect(shadow(live.element).querySelector('.status-bar .test-mode')).to.equal(null);
  });

  it('holds its line from ready, its live region in the accessibility tree and empty', async () => {
    const checkout = await mount({});
    const live = countdownOf(checkout).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    expect(live.textContent, 'empty until the first warning').to.equal('');
    expect(live.checkVisibility({ visibilityProperty: true }), 'rendered, so a screen reader hears what is written into it').to.equal(true);
    await settled();
    const bar = shadow(checkout.element).querySelector<HTMLElement>('.status-bar');
    expect(bar?.getBoundingClientRect().height, 'the line is there before the countdown').to.be.greaterThan(0);
  });
});
