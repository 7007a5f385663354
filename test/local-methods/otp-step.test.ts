import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OtpError, OtpSubmitDetail, OtpVerificationView, XPayOtpStep } from '../../src/features/local-methods.js';
import { description } from '../forms/form-fixture.js';
import { mountLocal, nameOf, overflowing, text } from './support.js';

const SMS: OtpVerificationView = { channel: 'sms', phoneHint: '21', codeLength: 6, attemptsRemaining: 3, expiresAt: null };
const WALLET: OtpVerificationView = { channel: 'wallet', phoneHint: '0042', codeLength: 4, attemptsRemaining: null, expiresAt: null };

async function mount(props: Partial<Pick<XPayOtpStep, 'verification' | 'amount' | 'busy' | 'error' | 'notice'>> = {}, options: { width?: number; dir?: 'ltr' | 'rtl' } = {}) {
  const element = await mountLocal<XPayOtpStep>(html`<xpay-otp-step></xpay-otp-step>`, options);
  Object.assign(element, { verification: SMS, amount: 'EGP 1,250.00', ...props });
  await element.updateComplete;
  const root = element.shadowRoot!;
  const events: { type: string; detail: unknown; composed: boolean }[] = [];
  for (const type of ['xpay-otp-submit', 'xpay-otp-resend', 'xpay-otp-cancel']) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail, composed: event.composed }));
  }
  return {
    element,
    root,
    events,
    input: () => root.querySelector<HTMLInputElement>('input')!,
    confirm: () => root.querySelector<HTMLButtonElement>('[part~="pay-button"]')!,
    resend: () => root.querySelector<HTMLButtonElement>('.resend')!,
    cancel: () => root.querySelector<HTMLButtonElement>('.cancel')!,
    status: () => root.querySelector('[role="status"]')!,
  };
}

type View = Awaited<ReturnType<typeof mount>>;

/** Types into the code input from the keyboard, as a customer would. */
async function typeCode(view: View, code: string) {
  view.input().focus();
  await sendKeys({ type: code });
  await view.element.updateComplete;
}

describe('<xpay-otp-step>', () => {
  afterEach(async () => {
    document.body.style.removeProperty('margin');
    await setViewport({ width: 800, height: 600 });
  });

  it('says where the SMS code went and wires label, input and buttons', async () => {
    const view = await mount();
    const { root, input, confirm } = view;
    const form = root.querySelector('form')!;
    expect(form.getAttribute('part')).to.equal('otp');
    const heading = root.querySelector('h2')!;
    expect(text(heading)).to.equal('Enter your one-time code');
    expect(nameOf(root.getElementById(form.getAttribute('aria-labelledby')!))).to.equal(nameOf(heading));
    expect(text(root.getElementById(form.getAttribute('aria-describedby')!))).to.equal('valU sent a 6-digit code by SMS to the phone number ending 21.');

    const label = root.querySelector('label')!;
    expect(text(label)).to.equal('One-time code');
    expect(nameOf(root.getElementById(label.htmlFor))).to.equal(nameOf(input()));
    expect(nameOf(input().labels![0])).to.equal(nameOf(label));
    expect(input().getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input().getAttribute('inputmode')).to.equal('numeric');
    expect(input().getAttribute('dir')).to.equal('ltr');
    expect(input().getAttribute('maxlength')).to.equal('6');
    expect(input().getAttribute('spellcheck')).to.equal('false');
    expect(input().type).to.equal('text');
    expect(input().getAttribute('aria-invalid')).to.equal('false');
    expect(input().hasAttribute('aria-describedby')).to.equal(false);

    expect(confirm().type).to.equal('submit');
    expect(text(confirm())).to.equal('Confirm payment of EGP 1,250.00');
    expect(confirm().getAttribute('aria-disabled')).to.equal('false');
    expect(text(view.resend())).to.equal('Send a new code');
    expect(text(view.cancel())).to.equal('Use another payment method');
    expect(view.resend().type).to.equal('button');
    expect(view.cancel().type).to.equal('button');
    expect(text(view.status())).to.equal('');
    await expect(view.element).to.be.accessible();
  });

  it('words the wallet channel its own way, with the code length as maxlength', async () => {
    const view = await mount({ verification: WALLET });
    expect(text(view.root.getElementById('otp-body'))).to.equal(
      'Your mobile wallet sent a 4-digit code to the number ending 0042. Enter it to approve the payment.',
    );
    expect(view.input().getAttribute('maxlength')).to.equal('4');
  });

  it('renders nothing until it has a verification', async () => {
    const view = await mount({ verification: null });
    expect(nameOf(view.root.querySelector('form'))).to.equal('nothing');
  });

  it('turns Arabic-Indic digits into Latin ones and submits them on Enter', async () => {
    const view = await mount();
    await typeCode(view, '١٢٣٤٥٦');
    expect(view.input().value).to.equal('123456');
    await sendKeys({ press: 'Enter' });
    expect(view.events).to.deep.equal([{ type: 'xpay-otp-submit', detail: { code: '123456' } satisfies OtpSubmitDetail, composed: false }]);
  });

  it('accepts Persian digits and drops what is not a digit as it is typed', async () => {
    const view = await mount({ verification: WALLET });
    await typeCode(view, '۱a2 ۳-4');
    expect(view.input().value).to.equal('1234');
    view.confirm().click();
    expect(view.events.map((event) => event.detail)).to.deep.equal([{ code: '1234' }]);
  });

  it('keeps every digit of a pasted code written with spaces, which maxlength alone would cut', async () => {
    const view = await mount();
    view.input().focus();
    const data = new DataTransfer();
    data.setData('text/plain', '١٢٣ ٤٥٦');
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    view.input().dispatchEvent(paste);
    await view.element.updateComplete;
    expect(paste.defaultPrevented).to.equal(true);
    expect(view.input().value).to.equal('123456');
  });

  it('refuses a short code at the input and sends nothing', async () => {
    const view = await mount();
    const { root, input } = view;
    await typeCode(view, '123');
    await sendKeys({ press: 'Enter' });
    await view.element.updateComplete;

    expect(view.events).to.deep.equal([]);
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(description(input())).to.equal('Enter the 6-digit code.');
    const message = root.getElementById(input().getAttribute('aria-describedby')!)!;
    expect(message.getAttribute('aria-live'), 'heard while focus stays in the input').to.equal('polite');
    expect(nameOf(root.activeElement)).to.equal(nameOf(input()));
    await expect(view.element).to.be.accessible();

    // Typing on clears it; the full code then goes out.
    await sendKeys({ type: '456' });
    await view.element.updateComplete;
    expect(input().getAttribute('aria-invalid')).to.equal('false');
    expect(text(message)).to.equal('');
    await sendKeys({ press: 'Enter' });
    expect(view.events.map((event) => event.detail)).to.deep.equal([{ code: '123456' }]);
  });

  it('refuses an empty code from the confirm button too', async () => {
    const view = await mount({ verification: WALLET });
    view.confirm().focus();
    view.confirm().click();
    await view.element.updateComplete;
    expect(view.events).to.deep.equal([]);
    expect(description(view.input())).to.equal('Enter the 4-digit code.');
    expect(nameOf(view.root.activeElement)).to.equal(nameOf(view.input()));
  });

  it('shows the root’s error at the input and moves focus there with the wrong code selected', async () => {
    const view = await mount();
    const { element, root, input } = view;
    await typeCode(view, '999999');
    view.confirm().focus();
    element.error = { key: 'otp.incorrect', count: 2 } satisfies OtpError;
    await element.updateComplete;

    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(description(input())).to.equal('That code is not right. 2 tries left.');
    expect(nameOf(root.activeElement)).to.equal(nameOf(input()));
    expect([input().selectionStart, input().selectionEnd]).to.deep.equal([0, 6]);
    await expect(element).to.be.accessible();

    // Plural by count.
    view.confirm().focus();
    element.error = { key: 'otp.incorrect', count: 1 };
    await element.updateComplete;
    expect(description(input())).to.equal('That code is not right. 1 try left.');
    expect(nameOf(root.activeElement), 'each new error takes focus again').to.equal(nameOf(input()));

    // A new code typed answers the message.
    await sendKeys({ type: '1' });
    await element.updateComplete;
    expect(input().getAttribute('aria-invalid')).to.equal('false');
    expect(input().hasAttribute('aria-describedby')).to.equal(false);

    element.error = { key: 'otp.failed' };
    await element.updateComplete;
    expect(description(input())).to.equal('The code could not be checked. Check your connection and try again.');
  });

  it('is busy while the code is checked: nothing to change or send, focus kept on the button', async () => {
    const view = await mount();
    const { element, root, input, confirm } = view;
    await typeCode(view, '123456');
    await sendKeys({ press: 'Enter' });
    expect(view.events).to.have.length(1);

    element.busy = true;
    await element.updateComplete;
    expect(input().disabled).to.equal(true);
    expect(view.resend().disabled).to.equal(true);
    expect(view.cancel().disabled).to.equal(true);
    expect(confirm().disabled, 'stays focusable').to.equal(false);
    expect(confirm().getAttribute('aria-disabled')).to.equal('true');
    expect(text(confirm())).to.equal('Checking the code…');
    expect(confirm().querySelector('.spinner')?.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    expect(nameOf(root.activeElement), 'focus does not fall to the page with the disabled input').to.equal(nameOf(confirm()));

    confirm().click();
    await sendKeys({ press: 'Enter' });
    expect(view.events, 'nothing sent twice').to.have.length(1);
    await expect(element).to.be.accessible();

    // The verdict can arrive with busy still set: the input takes focus once it is enabled.
    element.error = { key: 'otp.incorrect', count: 2 };
    await element.updateComplete;
    expect(nameOf(root.activeElement)).to.equal(nameOf(confirm()));
    element.busy = false;
    await element.updateComplete;
    expect(input().disabled).to.equal(false);
    expect(text(confirm())).to.equal('Confirm payment of EGP 1,250.00');
    expect(nameOf(root.activeElement)).to.equal(nameOf(input()));
  });

  it('announces the notice politely', async () => {
    const view = await mount();
    view.element.notice = 'otp.resent';
    await view.element.updateComplete;
    expect(view.status().getAttribute('role')).to.equal('status');
    expect(text(view.status())).to.equal('A new code is on its way.');
    view.element.notice = null;
    await view.element.updateComplete;
    expect(text(view.status())).to.equal('');
  });

  it('asks for a new code and leaves the step through its events', async () => {
    const view = await mount();
    view.resend().click();
    view.cancel().focus();
    await sendKeys({ press: 'Enter' });
    expect(view.events).to.deep.equal([
      { type: 'xpay-otp-resend', detail: null, composed: false },
      { type: 'xpay-otp-cancel', detail: null, composed: false },
    ]);
  });

  it('focus() puts the caret in the code input', async () => {
    const view = await mount();
    view.element.focus();
    await waitUntil(() => view.root.activeElement === view.input(), 'the input has focus');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`fits 320 px without sideways overflow (${dir}), the code still left-to-right`, async () => {
      await setViewport({ width: 320, height: 800 });
      // The whole viewport is the merchant's column: the body's default margin would make it 304 px.
      document.body.style.margin = '0';
      const view = await mount({ verification: { ...SMS, codeLength: 8 }, amount: 'EGP 1,234,567.89', error: { key: 'otp.failed' } }, { width: 320, dir });
      await view.element.updateComplete;
      expect(getComputedStyle(view.root.querySelector('form')!).direction).to.equal(dir);
      expect(getComputedStyle(view.input()).direction).to.equal('ltr');
      expect(overflowing(view.element)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    });
  }
});
