import { expect, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CARD_ENTRY, summaryEntries } from '../../src/forms/error-summary.js';
import { fieldRules } from '../../src/forms/field-rules.js';
import { loadTranslator } from '../../src/i18n/catalogs.js';
import { choose, control, mountForm, payButton, stubCard, type } from './form-fixture.js';
import { DELIVERY_SLOT, testSession } from './session.js';

const EMAIL = 'customerDetails.email';
const NAME = 'customerDetails.name';
const SLOT = 'customFields.delivery_slot';

const session = () => testSession({ nameCollection: true, customFields: [{ key: 'ref', label: 'Order reference', type: 'TEXT', isOptional: true, maxCharacters: 4 }, DELIVERY_SLOT] });

const summaryOf = (root: ShadowRoot) => root.querySelector<HTMLElement>('.error-summary');
const linkTexts = (root: ShadowRoot) => [...(summaryOf(root)?.querySelectorAll('a') ?? [])].map((link) => link.textContent!.replace(/\s+/g, ' ').trim());

/** Presses pay and waits until the form has acted on the card's answer and rendered. */
async function pressPay(form: HTMLElement & { updateComplete: Promise<boolean> }, root: ShadowRoot): Promise<void> {
  payButton(root).click();
  await stubCard(root).lastValidation;
  await form.updateComplete;
}

describe('summaryEntries', () => {
  it("lists the fields' errors in the order the customer sees them, the card last", () => {
    const rules = fieldRules(session(), {});
    const errors: Record<string, { key: 'validation.nameRequired' | 'validation.emailRequired' }> = {
      [NAME]: { key: 'validation.nameRequired' },
      [EMAIL]: { key: 'validation.emailRequired' },
    };
    const entries = summaryEntries(rules, (name) => errors[name] ?? null, { key: 'validation.cvcIncomplete', params: { count: 4 } });
    expect(entries).to.deep.equal([
      { name: EMAIL, label: null, message: { key: 'validation.emailRequired' } },
      { name: NAME, label: null, message: { key: 'validation.nameRequired' } },
      { name: CARD_ENTRY, label: null, message: { key: 'validation.cvcIncomplete', params: { count: 4 } } },
    ]);
    expect(summaryEntries(rules, () => null, null)).to.deep.equal([]);
  });

  it('names the field before a message that does not say which it is', () => {
    const rules = fieldRules(session(), {});
    const entries = summaryEntries(rules, (name) => (name === 'customFields.ref' ? { key: 'validation.maxLength', params: { count: 4 } } : null), {
      key: 'validation.rejected',
    });
    expect(entries.map((entry) => entry.label)).to.deep.equal([{ text: 'Order reference' }, { key: 'card.frameTitle' }]);
  });
});

describe('<xpay-payment-form> error summary', () => {
  afterEach(() => fixtureCleanup());

  it('is absent until pay is pressed, even with fields showing errors', async () => {
    const { form, root } = await mountForm(testSession({ customerDetails: { email: 'prefilled@', name: null, phone: null } }));
    expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('true');
    expect(summaryOf(root)).to.equal(null);
    await type(form, EMAIL, 'still@wrong');
    expect(summaryOf(root)).to.equal(null);
  });

  it('after a failed submit: at the top, named by its count, one link per field with its label and message; focus on the first field', async () => {
    const { form, root } = await mountForm(session());
    await type(form, 'customFields.ref', 'too long');
    await pressPay(form, root);
    const summary = summaryOf(root)!;
    expect(root.querySelector('form')!.firstElementChild).to.equal(summary);
    // CONTRACT §3: focus moves to the first invalid field, whose message is read with it.
    await waitUntil(() => root.activeElement === control(root, EMAIL), 'focus on the first invalid field');
    expect(summary.getAttribute('role'), 'not an alert: the focused field speaks for itself').to.equal('group');
    expect(summary.querySelector('[role="alert"], [aria-live]')).to.equal(null);
    const title = root.getElementById(summary.getAttribute('aria-labelledby')!)!;
    expect(title.tagName).to.equal('H2');
    expect(title.textContent!.trim()).to.equal('Check 4 fields to continue:');
    expect(linkTexts(root)).to.deep.equal([
      'Enter your email address.',
      'Enter your full name.',
      'Order reference Use at most 4 characters.',
      'Choose an option for “Delivery slot”.',
    ]);
    expect(summary.querySelector('.error-summary-label')!.textContent, 'the name is set apart').to.equal('Order reference');
    // Each link names its field by an id in this same shadow root.
    const targets = [...summary.querySelectorAll('a')].map((link) => root.getElementById(link.getAttribute('href')!.slice(1)));
    expect(targets).to.deep.equal([control(root, EMAIL), control(root, NAME), control(root, 'customFields.ref'), control(root, SLOT)]);
    await expect(form).to.be.accessible();
  });

  it('a link focuses its field, by mouse or keyboard, and leaves the page URL alone', async () => {
    const { form, root } = await mountForm(session());
    const url = location.href;
    await pressPay(form, root);
    const links = summaryOf(root)!.querySelectorAll('a');
    links[1].click();
    await form.updateComplete;
    expect(root.activeElement).to.equal(control(root, NAME));
    links[2].focus();
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(root.activeElement).to.equal(control(root, SLOT));
    expect(location.href).to.equal(url);
  });

  it('follows the fields as they are fixed, and goes once all are valid', async () => {
    const { form, root } = await mountForm(session());
    const submitted = oneEvent(form, 'xpay-submit');
    await pressPay(form, root);
    await type(form, EMAIL, 'fixed@example.com');
    expect(linkTexts(root)).to.have.length(2);
    expect(root.querySelector('.error-summary-title')!.textContent!.trim()).to.equal('Check 2 fields to continue:');
    await type(form, NAME, 'Fixed Name');
    await choose(form, SLOT, 'evening');
    expect(summaryOf(root)).to.equal(null);
    expect(root.activeElement, 'focus stays where the customer is').to.equal(control(root, SLOT));
    // Breaking a field again does not bring it back before the next attempt.
    await type(form, NAME, '');
    expect(summaryOf(root)).to.equal(null);
    await type(form, NAME, 'Fixed Name');
    payButton(root).click();
    await submitted;
  });

  it("lists the card's error from its frame, updates with it, and leads into the card", async () => {
    const { form, root } = await mountForm(testSession());
    const card = stubCard(root);
    card.valid = false;
    card.invalidError = { key: 'validation.cvcIncomplete', params: { count: 4 } };
    await pressPay(form, root);
    expect(linkTexts(root)).to.deep.equal(['Enter your email address.', 'Enter the 4-digit security code.']);
    const cardLink = summaryOf(root)!.querySelectorAll('a')[1];
    expect(root.getElementById(cardLink.getAttribute('href')!.slice(1))).to.equal(card);
    cardLink.click();
    expect(card.focusCalls).to.equal(1);

    card.report({ key: 'validation.expiryPast' });
    await form.updateComplete;
    expect(linkTexts(root)[1]).to.equal('Your card has expired.');
    card.report({ key: 'validation.rejected' });
    await form.updateComplete;
    expect(linkTexts(root)[1]).to.equal('Card details Please check this field.');
    card.report(null);
    await form.updateComplete;
    expect(linkTexts(root)).to.deep.equal(['Enter your email address.']);
  });

  it('another failed attempt focuses the first field again; a new session starts without the summary', async () => {
    const { form, root } = await mountForm(session());
    await pressPay(form, root);
    control(root, NAME).focus();
    await pressPay(form, root);
    expect(summaryOf(root)).to.exist;
    await waitUntil(() => root.activeElement === control(root, EMAIL), 'focus on the first invalid field');
    form.session = testSession({ id: 'cs_test_other', nameCollection: true });
    await form.updateComplete;
    expect(summaryOf(root)).to.equal(null);
  });

  it('speaks the customer’s language, merchant labels as given', async () => {
    const { form, root, provider } = await mountForm(session());
    await pressPay(form, root);
    const french = await loadTranslator(['fr']);
    provider.translator = french;
    await form.updateComplete;
    expect(root.querySelector('.error-summary-title')!.textContent!.trim()).to.equal(french.t('form.errorSummary', { count: 3 }));
    const expected = french.t('validation.optionRequired', { label: 'Delivery slot' });
    expect(linkTexts(root)[2]).to.equal(expected.replace(/\s+/g, ' '));
  });
});
