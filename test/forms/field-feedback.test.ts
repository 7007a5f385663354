import { expect } from '@open-wc/testing';
import {
  editedFields,
  initialFeedback,
  markEdited,
  markSubmitted,
  markTouched,
  serverErrorMessage,
  showsFeedback,
  visibleError,
  type FieldFeedback,
} from '../../src/forms/field-feedback.js';

const EMAIL = 'customerDetails.email';
const NAME = 'customerDetails.name';
const invalid = { key: 'validation.email' } as const;
const refused = { key: 'validation.rejected' } as const;

const shown = (feedback: FieldFeedback, name = EMAIL) => visibleError(feedback, name, invalid);

describe('field feedback', () => {
  it('an empty field the customer has not left stays quiet, even while they type', () => {
    const opened = initialFeedback({ [EMAIL]: '' });
    expect(shown(opened)).to.equal(null);
    expect(shown(markEdited(opened, EMAIL))).to.equal(null);
  });

  it('leaving a field after changing it shows its error', () => {
    const left = markTouched(markEdited(initialFeedback({}), EMAIL), EMAIL);
    expect(shown(left)).to.deep.equal(invalid);
  });

  it('leaving a field without changing it does not', () => {
    expect(shown(markTouched(initialFeedback({}), EMAIL))).to.equal(null);
  });

  it('once left, later edits show their state as the customer types', () => {
    const typing = markEdited(markTouched(markEdited(initialFeedback({}), EMAIL), EMAIL), EMAIL);
    expect(shown(typing)).to.deep.equal(invalid);
  });

  it('a prefilled field says at once whether it is valid', () => {
    const opened = initialFeedback({ [EMAIL]: 'not-an-email', [NAME]: '' });
    expect(shown(opened)).to.deep.equal(invalid);
    expect(shown(opened, NAME)).to.equal(null);
  });

  it('pressing pay shows every field it names, and only those', () => {
    const submitted = markSubmitted(initialFeedback({}), [EMAIL]);
    expect(shown(submitted)).to.deep.equal(invalid);
    expect(shown(submitted, NAME)).to.equal(null);
  });

  it('a valid field shows nothing whatever the customer did', () => {
    const submitted = markSubmitted(initialFeedback({}), [EMAIL]);
    expect(visibleError(submitted, EMAIL, null)).to.equal(null);
  });

  it('the condition is Lion’s: (touched and dirty) or prefilled or submitted', () => {
    const base = { touched: false, dirty: false, prefilled: false, submitted: false, server: null };
    expect(showsFeedback(base)).to.equal(false);
    expect(showsFeedback({ ...base, touched: true })).to.equal(false);
    expect(showsFeedback({ ...base, dirty: true })).to.equal(false);
    expect(showsFeedback({ ...base, touched: true, dirty: true })).to.equal(true);
    expect(showsFeedback({ ...base, prefilled: true })).to.equal(true);
    expect(showsFeedback({ ...base, submitted: true })).to.equal(true);
  });

  describe('server errors', () => {
    const withServer = (feedback: FieldFeedback) => new Map(feedback).set(EMAIL, { ...(feedback.get(EMAIL) ?? { touched: false, dirty: false, prefilled: false, submitted: false }), server: refused });

    it('show always, before any interaction and over a valid value', () => {
      expect(visibleError(withServer(initialFeedback({})), EMAIL, null)).to.deep.equal(refused);
    });
    it('go away when the customer edits the field', () => {
      expect(visibleError(markEdited(withServer(initialFeedback({})), EMAIL), EMAIL, null)).to.equal(null);
    });
    it('go away when pay is pressed again, which asks the provider anew', () => {
      expect(visibleError(markSubmitted(withServer(initialFeedback({})), [EMAIL]), EMAIL, null)).to.equal(null);
    });
    it('map provider codes to messages, anything else to "please check"', () => {
      expect(serverErrorMessage('parameter_missing')).to.deep.equal({ key: 'validation.required' });
      expect(serverErrorMessage('email_invalid')).to.deep.equal({ key: 'validation.email' });
      expect(serverErrorMessage('promotion_codes_not_allowed')).to.deep.equal({ key: 'promo.notAccepted' });
      expect(serverErrorMessage('parameter_invalid')).to.deep.equal(refused);
      expect(serverErrorMessage(undefined)).to.deep.equal(refused);
    });
  });

  it('never mutates: each step is a new state', () => {
    const opened = initialFeedback({});
    const edited = markEdited(opened, EMAIL);
    expect(edited).to.not.equal(opened);
    expect(opened.has(EMAIL)).to.equal(false);
    const touched = markTouched(edited, EMAIL);
    // Leaving an already-left field changes nothing, so nothing re-renders.
    expect(markTouched(touched, EMAIL)).to.equal(touched);
  });

  it('editedFields lists what the customer changed, not what was prefilled', () => {
    const feedback = markEdited(initialFeedback({ [NAME]: 'Prefilled' }), EMAIL);
    expect(editedFields(feedback)).to.deep.equal([EMAIL]);
  });
});
